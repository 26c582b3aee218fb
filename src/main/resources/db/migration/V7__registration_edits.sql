-- Samverka schema, part 7: the audit trail of corrections to registrations (se.samverka.registration).
-- One row per changed field: who changed it, when, and the value before and after. It goes with its
-- registration. Portable SQL: H2 2.x and PostgreSQL 13+.
create table registration_edit (
    id               bigint         not null primary key,
    version          bigint         not null,
    registration_id  bigint         not null references registration (id) on delete cascade,
    field            varchar(40)    not null,
    old_value        varchar(1000),
    new_value        varchar(1000),
    edited_by        varchar(64)    not null,
    edited_at        timestamp      not null
);
create index registration_edit_ix on registration_edit (registration_id, edited_at);
