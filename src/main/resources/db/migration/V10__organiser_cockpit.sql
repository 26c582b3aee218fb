-- Samverka schema, part 10: the organiser's cockpit (issue 11).
-- An event's contact (shown on its public pages and in every mail), drafts (not listed, not open for
-- registration until published), the automatic reminder before the event, and the organiser's messages to
-- participants (each recipient's mail sits in the outbox with reference "message:{id}").
-- Portable SQL: H2 2.x and PostgreSQL 13+.
alter table event add column contact_name varchar(200);
alter table event add column contact_email varchar(320);
alter table event add column contact_phone varchar(40);
alter table event add column published boolean default true not null;
alter table event add column reminder_days integer;
alter table event add column reminder_sent_at timestamp;

create table event_message (
    id           bigint         not null primary key,
    version      bigint         not null,
    event_id     bigint         not null references event (id) on delete cascade,
    subject      varchar(200)   not null,
    body         varchar(10000) not null,
    audience     varchar(1000)  not null,
    recipients   integer        not null,
    sent_by      varchar(64)    not null,
    sent_at      timestamp      not null
);
create index event_message_ix on event_message (event_id, sent_at);

-- An organiser's edit names the answer or workshop it changed, which is longer than a field name.
alter table registration_edit alter column field set data type varchar(120);
