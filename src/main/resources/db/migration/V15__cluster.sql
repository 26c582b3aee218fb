-- Samverka schema, part 15: two or more instances on one database (issue 15).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- Scheduled work once per cluster (se.samverka.platform.JobClaims): one row per job, holding the tick (the hour or
-- night a run belongs to) that was last claimed, by which instance, and until when its claim holds. An instance runs
-- a tick only after a conditional update moved the row to that tick; the other instance's update then finds nothing
-- to change and it skips the tick. Rows are created on a job's first run.
create table job_claim (
    job_name     varchar(60)               not null primary key,
    due_at       timestamp with time zone  not null,
    claimed_by   varchar(200)              not null,
    lease_until  timestamp with time zone  not null,
    finished_at  timestamp with time zone
);

-- Badge sheets made in the background (se.samverka.participants.BadgeJobs), in the database rather than one
-- instance's temporary folder, so that a sheet started through one instance downloads through any other. The PDF
-- holds names: it is deleted once downloaded, when its owner starts another, and at the latest an hour after it was
-- started. No foreign key to the event: a sheet of a deleted event goes with the hourly sweep.
create table badge_job (
    id           varchar(36)               not null primary key,
    owner        varchar(200)              not null,
    event_id     bigint                    not null,
    file_name    varchar(255)              not null,
    total        bigint                    not null,
    written      integer                   not null,
    state        varchar(10)               not null,
    started_at   timestamp with time zone  not null,
    touched_at   timestamp with time zone  not null,
    content      bytea
);
create index badge_job_owner on badge_job (owner);
create index badge_job_event on badge_job (event_id);
