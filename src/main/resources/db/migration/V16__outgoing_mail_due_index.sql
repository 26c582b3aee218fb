-- Finding the mails that are due (MailService.claim: next_attempt_at <= now, oldest first, 50 at a time) scanned the
-- whole outbox: the index on (status, next_attempt_at) cannot serve "status <> 'SENT'". Sent mails and those given up
-- have no next attempt (null), so an index on the next attempt holds only what may be due, in the order the claim
-- reads it. With 30,000 mails sent, the scan took a core of its own during a registration rush (docs/performance.md).
create index outgoing_mail_next_attempt_ix on outgoing_mail (next_attempt_at, id);
