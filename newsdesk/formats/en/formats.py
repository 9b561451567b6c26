"""The site's date format for English, so Django's admin (the desk) shows times as the site does:
19-08-2025 14:29 IST, always in the site's zone (NEWSDESK_TIME_ZONE)."""

DATETIME_FORMAT = "d-m-Y H:i T"
SHORT_DATETIME_FORMAT = "d-m-Y H:i T"
DATE_FORMAT = "d-m-Y"
SHORT_DATE_FORMAT = "d-m-Y"
TIME_FORMAT = "H:i"
# What the admin's date and time inputs accept; the first is what they show.
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d-%m-%Y"]
DATETIME_INPUT_FORMATS = ["%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M"]
