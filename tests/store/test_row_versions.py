"""Two officers on one shared database: a stale edit is refused with a Vietnamese message, never overwrites.
Runs on SQLite and, under `make test-pg`, on PostgreSQL."""
from decimal import Decimal

import pytest
from sqlalchemy import select

from cchc_desktop.services.concurrency import check_revision
from cchc_desktop.store.engine import StaleEdit
from cchc_desktop.store.models import PlanItem, Score


@pytest.mark.parametrize("model, field, mine, theirs", [
    (Score, "value", Decimal("0.25"), Decimal("0.5")),
    (PlanItem, "content", "Nội dung của tôi", "Nội dung của đồng nghiệp"),
])
def test_stale_edit_is_refused_and_the_other_edit_survives(demo_db, model, field, mine, theirs):
    with demo_db.read() as s:
        row_id = s.execute(select(model.id).order_by(model.id).limit(1)).scalar_one()
    with pytest.raises(StaleEdit) as err:
        with demo_db.session() as a:  # officer A reads the row …
            row_a = a.get(model, row_id)
            with demo_db.session() as b:  # … officer B changes and saves it meanwhile …
                row_b = b.get(model, row_id)
                setattr(row_b, field, theirs)
                row_b.revision += 1
            setattr(row_a, field, mine)  # … then A saves an edit based on what A read
            row_a.revision += 1
    assert "người khác sửa" in err.value.message and err.value.exit_code == 3
    with demo_db.read() as s:
        assert getattr(s.get(model, row_id), field) == theirs


def test_form_kept_open_is_checked_against_the_revision_it_showed(demo_db):
    with demo_db.session() as s:
        item = s.execute(select(PlanItem).order_by(PlanItem.id).limit(1)).scalar_one()
        check_revision(item, item.revision)  # still what the form showed
        with pytest.raises(StaleEdit):
            check_revision(item, item.revision - 1)
