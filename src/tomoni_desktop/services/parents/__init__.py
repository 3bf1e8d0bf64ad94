"""Families on paper and in person: letters with reply slips, parent meetings, what parents
write on return slips, and the class's online lesson schedule."""
