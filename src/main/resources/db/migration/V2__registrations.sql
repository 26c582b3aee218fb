-- Samverka schema, part 2: sectors, registrations, workshop choices and waiting lists,
-- custom questions. Portable SQL for H2 2.x and PostgreSQL.

alter table event add column approval_required boolean default false not null;
alter table event add column public_list boolean default false not null;

create table sector (
    id        bigint       not null primary key,
    version   bigint       not null,
    code      varchar(40)  not null,
    name_sv   varchar(100) not null,
    name_en   varchar(100) not null,
    colour    varchar(7)   not null,
    position  integer      not null,
    constraint sector_code_uk unique (code)
);

insert into sector (id, version, code, name_sv, name_en, colour, position) values
    (101, 0, 'PRESCHOOL',       'Förskola',               'Preschool',              '#E69F00', 1),
    (102, 0, 'SCHOOL',          'Skola',                  'School',                 '#0072B2', 2),
    (103, 0, 'SOCIAL_SERVICES', 'Socialtjänst',           'Social services',        '#009E73', 3),
    (104, 0, 'POLICE',          'Polis',                  'Police',                 '#1F3A93', 4),
    (105, 0, 'HEALTH_CENTRE',   'Vårdcentral',            'Health centre',          '#D55E00', 5),
    (106, 0, 'GRYNINGEN',       'Gryningen',              'Gryningen',              '#CC79A7', 6),
    (107, 0, 'PUBLIC_HEALTH',   'Folkhälsoförvaltningen', 'Public health office',   '#56B4E9', 7),
    (108, 0, 'OTHER',           'Annan',                  'Other',                  '#6B6B6B', 8);

create table registration (
    id                 bigint        not null primary key,
    version            bigint        not null,
    event_id           bigint        not null references event (id) on delete cascade,
    first_name         varchar(100)  not null,
    last_name          varchar(100)  not null,
    email              varchar(254)  not null,
    phone              varchar(40),
    organisation       varchar(200)  not null,
    sector_id          bigint        not null references sector (id),
    title              varchar(200),
    dietary            varchar(1000),
    accessibility      varchar(1000),
    consent_privacy_at timestamp     not null,
    consent_listed     boolean       not null,
    language           varchar(5)    not null,
    status             varchar(20)   not null,
    queued_at          timestamp     not null,
    manage_token       varchar(43)   not null,
    check_in_code      varchar(12)   not null,
    created_at         timestamp     not null,
    updated_at         timestamp     not null,
    constraint registration_email_uk unique (event_id, email),
    constraint registration_code_uk unique (event_id, check_in_code),
    constraint registration_token_uk unique (manage_token)
);
create index registration_queue_ix on registration (event_id, status, queued_at);

create table registration_day (
    registration_id  bigint not null references registration (id) on delete cascade,
    day_date         date   not null,
    primary key (registration_id, day_date)
);

create table workshop_choice (
    id               bigint      not null primary key,
    version          bigint      not null,
    registration_id  bigint      not null references registration (id) on delete cascade,
    session_id       bigint      not null references program_session (id) on delete cascade,
    status           varchar(20) not null,
    chosen_at        timestamp   not null,
    constraint workshop_choice_uk unique (registration_id, session_id)
);
create index workshop_choice_queue_ix on workshop_choice (session_id, status, chosen_at);

create table question (
    id        bigint        not null primary key,
    version   bigint        not null,
    event_id  bigint        not null references event (id) on delete cascade,
    text_sv   varchar(500)  not null,
    text_en   varchar(500),
    kind      varchar(20)   not null,
    options   varchar(2000),
    required  boolean       not null,
    position  integer       not null
);
create index question_event_ix on question (event_id, position);

create table registration_answer (
    registration_id  bigint        not null references registration (id) on delete cascade,
    question_id      bigint        not null references question (id) on delete cascade,
    answer           varchar(2000) not null,
    primary key (registration_id, question_id)
);
