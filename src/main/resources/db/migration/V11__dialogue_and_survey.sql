-- Samverka schema, part 11: the dialogue day (se.samverka.dialogue) and the evaluation survey (se.samverka.survey).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
--
-- Table groups: the participants of one event day divided into mixed-sector tables. A person sits at one table a
-- day (table_seat carries the day to make that a constraint). A locked group keeps its members when the mixing is
-- run again. Each group has its own unguessable token: the QR code on its table card opens the scribe's page.
create table table_group (
    id               bigint         not null primary key,
    version          bigint         not null,
    event_id         bigint         not null references event (id) on delete cascade,
    day_date         date           not null,
    number           integer        not null,
    locked           boolean        not null,
    token            varchar(43)    not null unique,
    created_at       timestamp      not null
);
create unique index table_group_number_ux on table_group (event_id, day_date, number);

create table table_seat (
    id               bigint         not null primary key,
    version          bigint         not null,
    group_id         bigint         not null references table_group (id) on delete cascade,
    registration_id  bigint         not null references registration (id) on delete cascade,
    day_date         date           not null
);
create unique index table_seat_registration_ux on table_seat (registration_id, day_date);
create index table_seat_group_ix on table_seat (group_id);

-- The questions the groups discuss on a day, in order, and what each group wrote to each (one note per group and
-- question; its version makes a save from a second phone that had not seen the first a 409, not a lost update).
create table dialogue_question (
    id               bigint         not null primary key,
    version          bigint         not null,
    event_id         bigint         not null references event (id) on delete cascade,
    day_date         date           not null,
    position         integer        not null,
    text             varchar(1000)  not null
);
create index dialogue_question_event_ix on dialogue_question (event_id, day_date, position);

create table group_note (
    id               bigint         not null primary key,
    version          bigint         not null,
    group_id         bigint         not null references table_group (id) on delete cascade,
    question_id      bigint         not null references dialogue_question (id) on delete cascade,
    text             varchar(10000) not null,
    updated_at       timestamp      not null
);
create unique index group_note_ux on group_note (group_id, question_id);

-- The evaluation survey of an event: open from opens_at until closes_at or until the organiser closes it.
create table survey (
    id               bigint         not null primary key,
    version          bigint         not null,
    event_id         bigint         not null unique references event (id) on delete cascade,
    opens_at         timestamp      not null,
    closes_at        timestamp      not null,
    closed_at        timestamp,
    closed_by        varchar(64),
    reminded_at      timestamp,
    respondent_salt  varchar(64),
    created_at       timestamp      not null
);

-- A question for the whole event, or (session_id set) for one session, asked only of those who attended it.
-- options: the choices of SINGLE and MULTI, one per line.
create table survey_question (
    id               bigint         not null primary key,
    version          bigint         not null,
    survey_id        bigint         not null references survey (id) on delete cascade,
    position         integer        not null,
    kind             varchar(10)    not null,
    text             varchar(1000)  not null,
    options          varchar(4000),
    session_id       bigint         references program_session (id) on delete cascade
);
create index survey_question_survey_ix on survey_question (survey_id, position);

-- Who has answered, for reminders: nothing here says what they answered.
create table survey_respondent (
    id               bigint         not null primary key,
    version          bigint         not null,
    survey_id        bigint         not null references survey (id) on delete cascade,
    registration_id  bigint         not null references registration (id) on delete cascade
);
create unique index survey_respondent_ux on survey_respondent (survey_id, registration_id);

-- One person's answers, deliberately without the person. The key is random, not from the shared sequence (whose
-- neighbouring numbers would tie it to the respondent mark written in the same transaction), and there is no time.
-- respondent_key (a keyed hash of the registration, with the survey's salt) lets the person replace their answers
-- while the survey is open; closing the survey erases both the salt and every key, and with them any way back.
-- sector_id: the respondent's sector, for results by sector (small groups are folded together when shown).
create table survey_response (
    id               varchar(36)    not null primary key,
    version          bigint         not null,
    survey_id        bigint         not null references survey (id) on delete cascade,
    sector_id        bigint         references sector (id) on delete set null,
    respondent_key   varchar(64)    unique
);
create index survey_response_survey_ix on survey_response (survey_id);

-- answer: RATING "1".."5", SINGLE the chosen option, MULTI the chosen options one per line, TEXT the text.
create table survey_answer (
    response_id      varchar(36)    not null references survey_response (id) on delete cascade,
    question_id      bigint         not null references survey_question (id) on delete cascade,
    answer           varchar(4000)  not null,
    primary key (response_id, question_id)
);
create index survey_answer_question_ix on survey_answer (question_id);
