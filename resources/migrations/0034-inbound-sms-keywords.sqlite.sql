-- Shipshape schema migration 34, SQLite. Frozen once released: this is the text databases receive when they
-- are migrated to version 34, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it after release; change the schema with a new migration.
--
-- Inbound SMS on Twilio's messaging webhook (POST /v1/webhooks/twilio, docs/api.md): every message a
-- customer sends to the shop's number, by its MessageSid, with the number it came from (E.164) and the
-- keyword it was (stop, start, help; none for any other text; the text itself is not kept). A STOP opts the
-- number out and a START opts it in again (customers.sms_opted_out_at), in the transaction that records the
-- message; a delivery Twilio retries finds its MessageSid and changes nothing.
-- name: inbound sms keywords
-- migrate:up
CREATE TABLE sms_inbound_messages (
                    message_sid TEXT PRIMARY KEY CHECK (length(message_sid) = 34),
                    from_phone TEXT NOT NULL CHECK (from_phone GLOB '+[1-9][0-9][0-9][0-9][0-9][0-9]*'
                                                    AND length(from_phone) <= 16 AND NOT substr(from_phone, 2) GLOB '*[^0-9]*'),
                    keyword TEXT NOT NULL CHECK (keyword IN ('stop', 'start', 'help', 'none')),
                    received_at BIGINT NOT NULL);

CREATE INDEX sms_inbound_messages_from ON sms_inbound_messages (from_phone, received_at);
-- migrate:down
DROP TABLE sms_inbound_messages;
