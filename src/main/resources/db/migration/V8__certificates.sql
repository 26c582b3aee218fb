-- Samverka schema, part 8: certificates of attendance and of contribution (se.samverka.certificate).
-- Portable SQL: H2 2.x and PostgreSQL 13+.
--
-- certificate_policy: an event's rule for who gets a certificate, and who signs it. One row per event.
create table certificate_policy (
    event_id         bigint        not null primary key references event (id) on delete cascade,
    version          bigint        not null,
    rule_kind        varchar(20)   not null,
    min_percent      integer       not null,
    issuer_name      varchar(200),
    issuer_title     varchar(200),
    signature        bytea,
    signature_type   varchar(20)
);

-- certificate: what was certified, copied at issue, so that verification keeps working after the event,
-- the registration or the speaker is gone (their links are then set to null). One code per person and kind.
create table certificate (
    id               bigint         not null primary key,
    version          bigint         not null,
    code             varchar(14)    not null,
    kind             varchar(20)    not null,
    event_id         bigint         references event (id) on delete set null,
    registration_id  bigint         references registration (id) on delete set null,
    speaker_id       bigint         references speaker (id) on delete set null,
    holder_name      varchar(201)   not null,
    event_title      varchar(255)   not null,
    first_day        date           not null,
    last_day         date           not null,
    venue            varchar(255),
    minutes          integer        not null,
    sessions         varchar(10000) not null,
    issuer_name      varchar(200),
    issuer_title     varchar(200),
    language         varchar(5)     not null,
    issued_at        timestamp      not null,
    revoked_at       timestamp,
    revoke_reason    varchar(500),
    mailed_at        timestamp,
    constraint certificate_code_uk unique (code),
    constraint certificate_registration_uk unique (registration_id, kind),
    constraint certificate_speaker_uk unique (event_id, speaker_id, kind)
);
create index certificate_event_ix on certificate (event_id);
