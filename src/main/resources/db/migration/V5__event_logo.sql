-- Samverka schema, part 5: an event's logo, printed on its name badges (se.samverka.event.EventLogo).
-- One row per event at most; it goes with the event. Portable SQL: H2 2.x reads "bytea" as binary
-- varying (up to 1 GB), PostgreSQL stores it as bytea. The application keeps logos under 1 MB.

create table event_logo (
    event_id     bigint        not null primary key references event (id) on delete cascade,
    version      bigint        not null,
    media_type   varchar(20)   not null,
    file_name    varchar(255)  not null,
    content      bytea         not null,
    uploaded_at  timestamp     not null
);
