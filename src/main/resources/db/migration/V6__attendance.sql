-- Samverka schema, part 6: check-ins at the door and at workshop doors (se.samverka.attendance).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
--
-- check_in: one row per admission of a registration, to an event day (session_id null) or to a session.
-- An undo keeps the row (undone_at), so that a mistaken check-in can be told from one never made. A scan
-- that a device made while offline and that turned out doubtful when it arrived (the person was already
-- admitted on another device, or the registration was no longer active) is kept with its doubt until
-- staff resolve it.
create table check_in (
    id               bigint        not null primary key,
    version          bigint        not null,
    event_id         bigint        not null references event (id) on delete cascade,
    registration_id  bigint        not null references registration (id) on delete cascade,
    day_date         date          not null,
    session_id       bigint        references program_session (id) on delete cascade,
    scanned_at       timestamp     not null,
    received_at      timestamp     not null,
    checked_in_by    varchar(64)   not null,
    device           varchar(64),
    checked_out_at   timestamp,
    undone_at        timestamp,
    undone_by        varchar(64),
    doubt            varchar(20),
    resolved_at      timestamp,
    resolved_by      varchar(64)
);
create index check_in_event_ix on check_in (event_id, day_date);
create index check_in_registration_ix on check_in (registration_id);

-- scan_receipt: the first answer to each scan a device sent with its own nonce, so that a scan sent again
-- (a retry after a dropped connection, an offline queue replayed) is applied once and answered alike.
create table scan_receipt (
    nonce            varchar(100)  not null primary key,
    event_id         bigint        not null references event (id) on delete cascade,
    check_in_id      bigint        references check_in (id) on delete cascade,
    already          boolean       not null,
    refusal          varchar(30),
    person           varchar(201),
    received_at      timestamp     not null
);
create index scan_receipt_event_ix on scan_receipt (event_id);
