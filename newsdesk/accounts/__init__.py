"""Staff accounts: how the admin and the desk are protected."""
