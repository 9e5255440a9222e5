-- Attachment bytes are streamed (docs/attachments.md): written from the spooled upload in one streamed parameter,
-- read back in 1 MB slices, each slice in its own short transaction.
-- STORAGE EXTERNAL keeps them uncompressed in TOAST, so substring() reads only the slice it asks for (a compressed
-- value is decompressed from its start for every slice); .pdf, .docx, .jpg and .png are compressed already.
alter table plan_attachment alter column content set storage external;
alter table drill_attachment alter column content set storage external;
alter table case_attachment alter column content set storage external;

-- the row is inserted with its metadata, then its content is streamed in by an update in the same transaction
-- (row-level security lets only the owning tenant update; plan_attachment had the grant already)
grant update (content) on drill_attachment to yingji_app;
grant update (content) on case_attachment to yingji_app;
