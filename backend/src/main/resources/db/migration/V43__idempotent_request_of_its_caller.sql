-- An Idempotency-Key is its caller's: whoever sent it reads it back, office or not. The role rule (V20) let only an
-- office's staff read the table, so a 信息员 (readership public) could not claim a key: the insert's RETURNING row
-- was not readable, and the request was refused. Now outsiders read the keys they sent themselves.
call app.narrow_reads_by_role('idempotent_request', $r$username = (select app.username())$r$);
