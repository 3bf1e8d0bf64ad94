"""Who signs in on this computer: the sign-in screen, the lock, and managing people."""
