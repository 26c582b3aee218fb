-- Samverka schema, part 12: privacy (se.samverka.privacy) — retention, extracts, erasure, the export log.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
--
-- Retention works on the data itself with conditional updates ("... where dietary is not null"), so a run is
-- idempotent and two servers running it at once never remove anything twice; no progress marks are needed.
-- A registration whose person has been removed (by the retention rule, or by erasure) keeps its row, its sector,
-- status, days, workshop seats and check-ins, so that counts by sector and attendance statistics stay right;
-- anonymised_at says when the person went.
alter table registration add column anonymised_at timestamp;

-- A network-meeting member removed from a series by erasure keeps a nameless row where attendance and action
-- items must stay; erased_at says so.
alter table series_member add column erased_at timestamp;

-- Network-meeting data is kept by series: null = kept (the default, since minutes often fall under archive
-- rules), otherwise the number of days after each meeting.
alter table meeting_series add column retention_days integer;

-- An event's own retention periods, overriding the installation's configured defaults for one kind of data.
create table retention_override (
    event_id         bigint         not null references event (id) on delete cascade,
    kind             varchar(40)    not null,
    period_days      integer        not null,
    primary key (event_id, kind)
);

-- What retention and erasure removed: the kind of data, how many records, when, by the rule (ran_by null) or by
-- whom. Never any personal data of the people removed. No foreign keys: the log outlives the events it names.
create table retention_log (
    id               bigint         not null primary key,
    version          bigint         not null,
    kind             varchar(40)    not null,
    event_id         bigint,
    series_id        bigint,
    removed          integer        not null,
    ran_at           timestamp      not null,
    ran_by           varchar(64),
    cause            varchar(20)    not null
);
create index retention_log_ran_ix on retention_log (ran_at);

-- Every export of personal data (lists, badges, sheets, certificates, extracts): who, when, which event, what,
-- with which filter. The filter never holds an e-mail address or a name: a person's extract is logged by the
-- number of records found.
create table export_log (
    id               bigint         not null primary key,
    version          bigint         not null,
    exported_at      timestamp      not null,
    exported_by      varchar(64)    not null,
    event_id         bigint,
    what             varchar(80)    not null,
    filter           varchar(1000)
);
create index export_log_at_ix on export_log (exported_at);
