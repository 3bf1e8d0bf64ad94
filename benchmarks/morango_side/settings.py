"""Django settings for the Morango side of benchmarks/sync_scale.py: one computer's
database per process (MORANGO_BENCH_DB), its own instance id (MORANGO_SYSTEM_ID)."""

import os

BASE_DIR = os.path.dirname(os.path.abspath(__file__))
SECRET_KEY = "benchmark-only"
DEBUG = False
ALLOWED_HOSTS = ["*"]
INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "rest_framework",
    "morango",
    "bench",
]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]  # morango authenticates itself
ROOT_URLCONF = "urls"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": os.environ["MORANGO_BENCH_DB"],
    }
}
AUTH_USER_MODEL = "bench.Teacher"
USE_TZ = True
TIME_ZONE = "UTC"
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
