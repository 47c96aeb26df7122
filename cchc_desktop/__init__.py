"""CCHC Desktop: the administrative-reform index of a Vietnamese unit, offline."""

__version__ = "0.1.0"
APP_NAME = "CCHC Desktop"
ORG_NAME = "CCHC"
