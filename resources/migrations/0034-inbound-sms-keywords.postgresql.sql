-- Shipshape schema migration 34, PostgreSQL. Frozen once released: this is the text databases receive when
-- they are migrated to version 34, and Migrator refuses a database whose recorded checksum of the up part
-- differs. Never edit it after release; change the schema with a new migration.
--
-- Inbound SMS on Twilio's messaging webhook (POST /v1/webhooks/twilio, docs/api.md): every message a
-- customer sends to the shop's number, by its MessageSid, with the number it came from (E.164) and the
-- keyword it was (stop, start, help; none for any other text; the text itself is not kept). A STOP opts the
-- number out and a START opts it in again (customers.sms_opted_out_at), in the transaction that records the
-- message; a delivery Twilio retries finds its MessageSid and changes nothing.
--
-- As the authority (migration 27): only an admin cleared an opt-out, because STOP is the customer's word. A
-- START is the customer's word too, and the server answers Twilio under a support login: so a login that is
-- not an admin may now clear the opt-out of customers with a phone exactly when its own transaction recorded
-- a START from that phone. transaction_id and recorded_by (the login) are set by the server (a trigger),
-- never by the writer. The server cannot check Twilio's signature itself, so a support login writing raw SQL
-- could record a START the customer did not send: the row that did it stays, names the login and cannot be
-- removed. sms_inbound_messages: support and admin insert, every role reads, nobody but the owner updates or
-- deletes a row (a forgotten message could be applied twice; the record is also who asked for what).
-- name: inbound sms keywords
-- migrate:up
CREATE TABLE sms_inbound_messages (
                    message_sid TEXT PRIMARY KEY CHECK (length(message_sid) = 34),
                    from_phone TEXT NOT NULL CHECK (from_phone ~ '^\+[1-9][0-9]{5,14}$'),
                    keyword TEXT NOT NULL CHECK (keyword IN ('stop', 'start', 'help', 'none')),
                    received_at BIGINT NOT NULL,
                    transaction_id BIGINT NOT NULL DEFAULT txid_current(),
                    recorded_by TEXT NOT NULL DEFAULT session_user);

CREATE INDEX sms_inbound_messages_from ON sms_inbound_messages (from_phone, received_at);

GRANT SELECT ON sms_inbound_messages TO shipshape_warehouse, shipshape_support, shipshape_admin;

GRANT INSERT (message_sid, from_phone, keyword, received_at) ON sms_inbound_messages TO shipshape_support, shipshape_admin;

CREATE FUNCTION shipshape_stamp_inbound_sms() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                BEGIN
                    NEW.transaction_id := txid_current();
                    NEW.recorded_by := session_user;
                    RETURN NEW;
                END $$;

CREATE TRIGGER sms_inbound_messages_stamp BEFORE INSERT ON sms_inbound_messages FOR EACH ROW EXECUTE FUNCTION shipshape_stamp_inbound_sms();

CREATE OR REPLACE FUNCTION shipshape_guard_customer_sms() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF OLD.sms_opted_out_at IS NOT NULL AND NEW.sms_opted_out_at IS DISTINCT FROM OLD.sms_opted_out_at
                       AND NOT shipshape_is_admin(current_user)
                       AND NOT (NEW.sms_opted_out_at IS NULL AND NEW.phone IS NOT DISTINCT FROM OLD.phone AND EXISTS (
                                    SELECT FROM sms_inbound_messages m
                                    WHERE m.from_phone = OLD.phone AND m.keyword = 'start'
                                      AND m.transaction_id = txid_current())) THEN
                        RAISE EXCEPTION 'customer %: only an admin clears or changes an SMS opt-out, or the customer''s own START', OLD.id
                            USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    RETURN NEW;
                END $$;
-- migrate:down
CREATE OR REPLACE FUNCTION shipshape_guard_customer_sms() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF OLD.sms_opted_out_at IS NOT NULL AND NEW.sms_opted_out_at IS DISTINCT FROM OLD.sms_opted_out_at
                       AND NOT shipshape_is_admin(current_user) THEN
                        RAISE EXCEPTION 'customer %: only an admin clears or changes an SMS opt-out', OLD.id
                            USING ERRCODE = 'insufficient_privilege';
                    END IF;
                    RETURN NEW;
                END $$;

DROP TABLE sms_inbound_messages;

DROP FUNCTION shipshape_stamp_inbound_sms();
