import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

# Each database gets the index structure its backend reads; the other one's is
# never created, so neither database carries dead weight.
SQLITE_CREATE = [
    # A regular (content-storing) FTS5 table, rowid = article id: snippet() and
    # highlight() need the text, and storing it here keeps Article untouched.
    # porter: "drones" finds "drone"; remove_diacritics: "Sao Paulo" finds "São Paulo".
    "CREATE VIRTUAL TABLE search_fts USING fts5("
    "headline, standfirst, body, tags, tokenize = 'porter unicode61 remove_diacritics 2')",
    # The vocabulary, read for "did you mean" suggestions.
    "CREATE VIRTUAL TABLE search_fts_vocab USING fts5vocab(search_fts, 'row')",
]
SQLITE_DROP = ["DROP TABLE IF EXISTS search_fts_vocab", "DROP TABLE IF EXISTS search_fts"]
POSTGRES_CREATE = [
    "CREATE INDEX search_document_vector_gin ON search_searchdocument USING gin (search_vector)",
]
POSTGRES_DROP = ["DROP INDEX IF EXISTS search_document_vector_gin"]


def _run(statements: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    def run(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
        for sql in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    initial = True

    dependencies = [("newsroom", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                (
                    "article",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_document",
                        serialize=False,
                        to="newsroom.article",
                    ),
                ),
                ("search_vector", django.contrib.postgres.search.SearchVectorField(null=True)),
                ("text", models.TextField(blank=True)),
            ],
        ),
        migrations.RunPython(
            _run({"sqlite": SQLITE_CREATE, "postgresql": POSTGRES_CREATE}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        ),
    ]
