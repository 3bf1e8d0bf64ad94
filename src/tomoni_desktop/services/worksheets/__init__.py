"""Paper worksheets: the library, handing out, pickup codes, packets."""
