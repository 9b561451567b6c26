from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand

from newsdesk.enrich.models import ClusterCorrection, ClusterMembership


class Command(BaseCommand):
    help = (
        "Print the desk's cluster corrections as labelled pairs, one JSON line each: a split says the item "
        "does not report the same event as the cluster it left; a merge says it reports the same event as "
        "the cluster it joined. Pairs are taken against those clusters' current members."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        corrections = ClusterCorrection.objects.select_related("wire_item", "editor").order_by("created", "id")
        for correction in corrections.iterator():
            if correction.kind == ClusterCorrection.Kind.SPLIT:
                others, same = correction.from_cluster_id, False
            else:
                others, same = correction.to_cluster_id, True
            members = (
                ClusterMembership.objects.filter(cluster_id=others)
                .exclude(wire_item_id=correction.wire_item_id)
                .select_related("wire_item")
            )
            for member in members:
                self.stdout.write(
                    json.dumps(
                        {
                            "kind": correction.kind,
                            "same_event": same,
                            "a": {"agency": correction.wire_item.agency, "guid": correction.wire_item.guid},
                            "b": {"agency": member.wire_item.agency, "guid": member.wire_item.guid},
                            "editor": correction.editor.get_username() if correction.editor else None,
                            "created": correction.created.isoformat(),
                        },
                        ensure_ascii=False,
                    )
                )
