"""A teacher who may sign certificates, and a record of eight fields, as in issue 17."""

import uuid

from django.contrib.auth.models import AbstractBaseUser, UserManager
from django.db import models
from morango.models.core import SyncableModel
from morango.models.manager import SyncableModelManager


class BenchModel(SyncableModel):
    morango_profile = "bench"

    class Meta:
        abstract = True


class TeacherManager(SyncableModelManager, UserManager):
    pass


class Teacher(AbstractBaseUser, BenchModel):
    morango_model_name = "teacher"
    USERNAME_FIELD = "username"
    username = models.CharField(max_length=20, unique=True)
    is_superuser = models.BooleanField(default=False)
    objects = TeacherManager()

    def calculate_source_id(self, *args, **kwargs):
        return self._morango_source_id or uuid.uuid5(uuid.UUID("a" * 32), self.username).hex

    def calculate_partition(self, *args, **kwargs):
        return f"{self.ID_PLACEHOLDER}:user"

    def has_morango_certificate_scope_permission(self, scope_definition_id, scope_params):
        return self.is_superuser

    @staticmethod
    def compute_namespaced_id(partition_value, source_id_value, model_name):
        return source_id_value


class Record(BenchModel):
    """Eight fields (the teacher, and seven of a pupil's), as in the issue's comparison."""

    morango_model_name = "record"
    teacher = models.ForeignKey(Teacher, on_delete=models.CASCADE)
    code = models.CharField(max_length=10)
    full_name = models.CharField(max_length=200)
    gender = models.CharField(max_length=16)
    birth_place = models.CharField(max_length=100)
    birth_date = models.DateField(null=True)
    village = models.CharField(max_length=100)
    phone_access = models.CharField(max_length=16)

    def calculate_source_id(self, *args, **kwargs):
        return self.code

    def calculate_partition(self, *args, **kwargs):
        return f"{self.teacher_id}:user:records"
