-- Samverka schema, part 1: events, programme and accounts.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

create sequence samverka_seq start with 1000 increment by 50;

create table account (
    id              bigint       not null primary key,
    version         bigint       not null,
    username        varchar(64)  not null,
    display_name    varchar(200),
    password_hash   varchar(500) not null,
    role            varchar(20)  not null,
    active          boolean      not null,
    created_at      timestamp    not null,
    constraint account_username_uk unique (username)
);

create table event (
    id                   bigint        not null primary key,
    version              bigint        not null,
    type                 varchar(20)   not null,
    title                varchar(255)  not null,
    slug                 varchar(80)   not null,
    description          varchar(10000),
    venue                varchar(255),
    start_date           date          not null,
    end_date             date          not null,
    capacity             integer,
    registration_opens   timestamp,
    registration_closes  timestamp,
    constraint event_slug_uk unique (slug)
);

create table event_day (
    id         bigint not null primary key,
    version    bigint not null,
    event_id   bigint not null references event (id) on delete cascade,
    day_date   date   not null,
    starts_at  time   not null,
    ends_at    time   not null,
    constraint event_day_uk unique (event_id, day_date)
);

create table room (
    id        bigint       not null primary key,
    version   bigint       not null,
    event_id  bigint       not null references event (id) on delete cascade,
    name      varchar(255) not null,
    seats     integer
);
create index room_event_ix on room (event_id);

create table theme (
    id       bigint       not null primary key,
    version  bigint       not null,
    name_sv  varchar(255) not null,
    name_en  varchar(255),
    constraint theme_name_uk unique (name_sv)
);

create table speaker (
    id            bigint       not null primary key,
    version       bigint       not null,
    name          varchar(255) not null,
    title         varchar(255),
    organisation  varchar(255),
    bio           varchar(4000)
);

create table program_session (
    id         bigint        not null primary key,
    version    bigint        not null,
    event_id   bigint        not null references event (id) on delete cascade,
    title      varchar(255)  not null,
    summary    varchar(10000),
    kind       varchar(20)   not null,
    theme_id   bigint        references theme (id) on delete set null,
    room_id    bigint        references room (id) on delete set null,
    starts_at  timestamp     not null,
    ends_at    timestamp     not null,
    seats      integer
);
create index program_session_event_ix on program_session (event_id, starts_at);

create table session_speaker (
    session_id  bigint not null references program_session (id) on delete cascade,
    speaker_id  bigint not null references speaker (id) on delete cascade,
    primary key (session_id, speaker_id)
);

insert into theme (id, version, name_sv, name_en) values
    (1, 0, 'Samverkansformer', 'Forms of collaboration'),
    (2, 0, 'Förebyggande arbetets ekonomi', 'Economics of prevention'),
    (3, 0, 'Brottsprevention', 'Crime prevention'),
    (4, 0, 'Tidiga och samordnade insatser för psykisk hälsa', 'Early and coordinated interventions for mental health'),
    (5, 0, 'Rörelseförståelse', 'Motivation (rörelseförståelse)'),
    (6, 0, 'Barn som närstående', 'Children as relatives'),
    (7, 0, 'Risk- och skyddsfaktorer', 'Risk and protective factors');
