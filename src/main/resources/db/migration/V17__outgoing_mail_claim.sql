-- Which delivery round holds a mail's current attempt (MailService.claim). A round used to take its mails one
-- conditional update each (id and version); it now takes them all with one update that writes its own random token,
-- and reads back the rows that carry it: two statements a round instead of one a mail. No index: the rows are read
-- back by id. Not personal data: a random value, written over by the next attempt.
alter table outgoing_mail add column claim_token varchar(36);
