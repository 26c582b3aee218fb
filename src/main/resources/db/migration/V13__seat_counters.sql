-- Seats are counted in rows of their own, one per event and one per workshop, so that a registration takes
-- a short lock on just the counters it needs (never the event row, which organisers edit) and never counts
-- the registration table. The counter also hands out line numbers: the order in which it accepted each
-- request, which is the order of every waiting list (first come, first served, with no ties).
create table seat_counter (
    id            varchar(40) primary key,
    event_id      bigint      not null references event (id) on delete cascade,
    session_id    bigint      references program_session (id) on delete cascade,
    taken         bigint      not null,
    line_numbers  bigint      not null
);
create index seat_counter_event_ix on seat_counter (event_id);
create index seat_counter_session_ix on seat_counter (session_id);

alter table registration add column line_number bigint;
alter table workshop_choice add column line_number bigint;

update registration r set line_number = (
    select x.n from (select id, row_number() over (partition by event_id order by queued_at, id) as n
                     from registration) x
    where x.id = r.id);
update workshop_choice c set line_number = (
    select x.n from (select id, row_number() over (partition by session_id order by chosen_at, id) as n
                     from workshop_choice) x
    where x.id = c.id);

insert into seat_counter (id, event_id, session_id, taken, line_numbers)
select concat('event:', e.id), e.id, null,
       (select count(*) from registration r where r.event_id = e.id and r.status = 'CONFIRMED'),
       coalesce((select max(r.line_number) from registration r where r.event_id = e.id), 0)
from event e;

insert into seat_counter (id, event_id, session_id, taken, line_numbers)
select concat('session:', s.id), s.event_id, s.id,
       (select count(*) from workshop_choice c join registration r on r.id = c.registration_id
        where c.session_id = s.id and c.status = 'CONFIRMED' and r.status = 'CONFIRMED'),
       coalesce((select max(c.line_number) from workshop_choice c where c.session_id = s.id), 0)
from program_session s;

create index registration_line_ix on registration (event_id, status, line_number);
create index workshop_choice_line_ix on workshop_choice (session_id, status, line_number);
