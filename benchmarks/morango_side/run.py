"""The Morango side of benchmarks/sync_scale.py, run with a Python that has morango 0.8.15
(and Django 3.2). Each step is a process of its own, one computer's database each:

    run.py serve-setup N      the server's school: certificates, a teacher, N records
    run.py pull URL ROOT USER a fresh client pulls everything over HTTP; prints seconds
    run.py rows               the records, as a list, to compare both sides

The pull is timed from the first request to the last row deserialised, with the client's
back-off sleeps taken out (as in the issue's measurement).
"""

import datetime
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")

import django  # noqa: E402

django.setup()

from bench.models import Record, Teacher  # noqa: E402
from django.core.management import call_command  # noqa: E402
from morango.models.certificates import Certificate, Filter, Key, ScopeDefinition  # noqa: E402
from morango.sync import controller  # noqa: E402
from morango.sync.controller import MorangoProfileController  # noqa: E402

PROFILE = "bench"


def scopes():
    """The root certificate's scope (a teacher's whole partition) and the subset a client
    asks for, as in Morango's own tests."""
    return [
        ScopeDefinition.objects.create(
            id=name,
            profile=PROFILE,
            version=1,
            primary_scope_param_key=key,
            description=words,
            read_filter_template=read,
            write_filter_template=write,
            read_write_filter_template=both,
        )
        for name, key, words, read, write, both in (
            ("root_scope", "user", "Root cert for ${user}.", "", "", "${user}"),
            (
                "subset_scope",
                "",
                "Subset under ${user} for ${sub}.",
                "${user}",
                "${user}:${sub}",
                "",
            ),
        )
    ]


def serve_setup(count):
    call_command("migrate", verbosity=0)
    root_scope, subset_scope = scopes()
    root = Certificate.generate_root_certificate(root_scope.id)
    teacher = Teacher.objects.create(_morango_source_id=root.id, username="guru", is_superuser=True)
    teacher.set_password("rahasia")
    teacher.save()
    subset = Certificate(
        parent=root,
        profile=PROFILE,
        scope_definition=subset_scope,
        scope_version=subset_scope.version,
        scope_params=json.dumps({"user": teacher.id, "sub": "user"}),
        private_key=Key(),
    )
    root.sign_certificate(subset)
    subset.save()
    born = datetime.date(2013, 1, 1)
    batch = []
    for n in range(count):
        record = Record(
            teacher=teacher,
            code=f"{n:010d}",
            full_name=f"Murid {n:06d}",
            gender="L" if n % 2 else "P",
            birth_place="Tomoni",
            birth_date=born + datetime.timedelta(days=n % 900),
            village="Mahalona",
            phone_access="shared" if n % 3 else "none",
        )
        record.id = record.calculate_uuid()
        batch.append(record)
        if len(batch) == 5000:
            Record.objects.bulk_create(batch)
            batch = []
    Record.objects.bulk_create(batch)
    print(json.dumps({"root": root.id, "teacher": teacher.id}))


def pull(url, root_id, teacher_id):
    call_command("migrate", verbosity=0)
    root_scope, subset_scope = scopes()
    controller.sleep = lambda seconds: None  # no back-off sleeps
    started = time.perf_counter()
    profile = MorangoProfileController(PROFILE)
    connection = profile.create_network_connection(url)
    server_cert = connection.get_remote_certificates(root_id, root_scope.id)[0]
    client_cert = connection.certificate_signing_request(
        server_cert,
        subset_scope.id,
        {"user": root_id, "sub": "user"},
        userargs="guru",
        password="rahasia",
    )
    client = connection.create_sync_session(client_cert, server_cert).get_pull_client()
    client.initialize(Filter(f"{teacher_id}:user"))
    client.run()
    client.finalize()
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds, "records": Record.objects.count()}))


def rows():
    print(
        json.dumps(
            sorted(
                [str(r[0]), *map(str, r[1:])]
                for r in Record.objects.values_list(
                    "id",
                    "code",
                    "full_name",
                    "gender",
                    "birth_place",
                    "birth_date",
                    "village",
                    "phone_access",
                )
            )
        )
    )


if __name__ == "__main__":
    step = sys.argv[1]
    if step == "serve-setup":
        serve_setup(int(sys.argv[2]))
    elif step == "pull":
        pull(*sys.argv[2:5])
    else:
        rows()
