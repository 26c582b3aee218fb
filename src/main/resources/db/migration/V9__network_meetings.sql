-- Samverka schema, part 9: network meetings (se.samverka.meeting).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
--
-- A meeting series (an EST group, a network for early interventions) has member organisations, each with its
-- sector, represented by named members (the roster), and meetings from a recurrence rule or chosen dates. Each
-- meeting has an agenda, one attendance row per member (the member's private reply link, the reply, and the
-- convener's mark), minutes per agenda item, decisions and action items. Approved minutes are locked: a later
-- change is kept as an amendment with who and when. No data about children or families belongs here.
create table meeting_series (
    id               bigint         not null primary key,
    version          bigint         not null,
    name             varchar(200)   not null,
    purpose          varchar(2000),
    conveners        varchar(1000)  not null,
    reminder_days    integer        not null,
    created_at       timestamp      not null
);

create table series_member (
    id               bigint         not null primary key,
    version          bigint         not null,
    series_id        bigint         not null references meeting_series (id) on delete cascade,
    name             varchar(200)   not null,
    email            varchar(320)   not null,
    organisation     varchar(200)   not null,
    sector_id        bigint         not null references sector (id),
    active           boolean        not null,
    added_at         timestamp      not null
);
create unique index series_member_email_ux on series_member (series_id, email);

create table meeting (
    id                 bigint        not null primary key,
    version            bigint        not null,
    series_id          bigint        not null references meeting_series (id) on delete cascade,
    starts_at          timestamp     not null,
    ends_at            timestamp     not null,
    place              varchar(500),
    status             varchar(20)   not null,
    calendar_sequence  integer       not null,
    check_in_token     varchar(43)   not null unique,
    invited_at         timestamp,
    reminded_at        timestamp,
    approved_at        timestamp,
    approved_by        varchar(64)
);
create index meeting_series_ix on meeting (series_id, starts_at);

create table agenda_item (
    id                 bigint        not null primary key,
    version            bigint        not null,
    meeting_id         bigint        not null references meeting (id) on delete cascade,
    position           integer       not null,
    title              varchar(300)  not null,
    presenter          varchar(200),
    minutes_allotted   integer       not null,
    minutes_text       varchar(20000)
);
create index agenda_item_meeting_ix on agenda_item (meeting_id, position);

create table meeting_decision (
    id               bigint         not null primary key,
    version          bigint         not null,
    meeting_id       bigint         not null references meeting (id) on delete cascade,
    item_id          bigint         references agenda_item (id) on delete set null,
    text             varchar(2000)  not null,
    made_at          timestamp      not null
);
create index meeting_decision_meeting_ix on meeting_decision (meeting_id);

create table meeting_attendance (
    id               bigint         not null primary key,
    version          bigint         not null,
    meeting_id       bigint         not null references meeting (id) on delete cascade,
    member_id        bigint         not null references series_member (id) on delete cascade,
    reply_token      varchar(43)    not null unique,
    reply            varchar(20),
    replied_at       timestamp,
    status           varchar(20),
    substitute       varchar(200),
    marked_at        timestamp,
    marked_by        varchar(64)
);
create unique index meeting_attendance_ux on meeting_attendance (meeting_id, member_id);

create table action_item (
    id               bigint         not null primary key,
    version          bigint         not null,
    series_id        bigint         not null references meeting_series (id) on delete cascade,
    meeting_id       bigint         not null references meeting (id) on delete cascade,
    text             varchar(1000)  not null,
    owner_id         bigint         references series_member (id) on delete set null,
    owner_name       varchar(200)   not null,
    organisation     varchar(200)   not null,
    due_date         date,
    status           varchar(10)    not null,
    created_at       timestamp      not null,
    done_at          timestamp,
    done_by          varchar(64)
);
create index action_item_series_ix on action_item (series_id, status);

create table minutes_amendment (
    id               bigint         not null primary key,
    version          bigint         not null,
    meeting_id       bigint         not null references meeting (id) on delete cascade,
    made_at          timestamp      not null,
    made_by          varchar(64)    not null,
    what             varchar(300)   not null,
    old_text         varchar(20000),
    new_text         varchar(20000)
);
create index minutes_amendment_meeting_ix on minutes_amendment (meeting_id);
