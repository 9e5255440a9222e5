-- 句向量 follow the words (docs/search.md "Sentence vectors under load"). A sentence vector costs the model tens of
-- milliseconds of CPU, a document's words almost nothing: under a burst of writes the indexer sends a round's
-- documents by their words at once and keeps one outbox row per record whose vector is still to be computed, in a
-- stage of its own that a second round drains as fast as the model allows. Searches by words never wait for the
-- model; a record is found by meaning a little later.
create type outbox_stage as enum ('document', 'vector');

alter table outbox add column stage outbox_stage not null default 'document';

-- the vector round walks only its own rows; the document round skips them
create index outbox_vector_stage on outbox (id) where stage = 'vector';
