-- Shipshape schema migration 11, PostgreSQL. Frozen: this is the text databases received when they were migrated
-- to version 11, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
--
-- shipshape_staff_add takes the SCRAM-SHA-256 verifier the client computed (StaffDirectory, ScramVerifier),
-- never the password: QPSQL sends bound values as literal SQL text, so a password argument appeared in
-- pg_stat_activity and, when the call failed, in the server log. PostgreSQL stores a well-formed verifier as
-- it is; anything else it would take for a clear-text password, so the function refuses it (without echoing
-- it). The minimum length is the client's to check.
-- name: staff passwords arrive as SCRAM verifiers
-- migrate:up
CREATE OR REPLACE FUNCTION shipshape_is_scram_verifier(verifier TEXT) RETURNS BOOLEAN
                LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog AS $$
                BEGIN
                    -- SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey> (RFC 5802, RFC 7677) with
                    -- canonical base64, so that decode() below cannot fail: 32-byte keys, at least 4096
                    -- iterations and a salt of at least 16 bytes.
                    IF verifier IS NULL OR verifier !~ ('^SCRAM-SHA-256\$[0-9]{4,9}:'
                                                        || '([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?'
                                                        || '\$[A-Za-z0-9+/]{43}=:[A-Za-z0-9+/]{43}=$') THEN
                        RETURN FALSE;
                    END IF;
                    RETURN split_part(split_part(verifier, '$', 2), ':', 1)::INTEGER >= 4096
                        AND length(decode(split_part(split_part(verifier, '$', 2), ':', 2), 'base64')) >= 16;
                END $$;

DROP FUNCTION shipshape_staff_add(TEXT, TEXT, TEXT);

CREATE FUNCTION shipshape_staff_add(login TEXT, password_verifier TEXT, staff_role TEXT) RETURNS void
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    PERFORM shipshape_check_staff_change(login, staff_role);
                    IF staff_role IS NULL THEN
                        RAISE EXCEPTION 'a staff login needs a role' USING ERRCODE = '22023';
                    END IF;
                    IF NOT shipshape_is_scram_verifier(password_verifier) THEN
                        RAISE EXCEPTION 'a staff password must arrive as a SCRAM-SHA-256 verifier computed by the client, never as text'
                            USING ERRCODE = '22023';
                    END IF;
                    IF EXISTS (SELECT FROM pg_roles WHERE rolname = login) THEN
                        RAISE EXCEPTION 'the login % already exists', login USING ERRCODE = '42710';
                    END IF;
                    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, password_verifier, staff_role);
                END $$;

REVOKE ALL ON FUNCTION shipshape_staff_add(TEXT, TEXT, TEXT) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION shipshape_staff_add(TEXT, TEXT, TEXT) TO shipshape_admin;

-- migrate:down
DROP FUNCTION shipshape_staff_add(TEXT, TEXT, TEXT);

CREATE FUNCTION shipshape_staff_add(login TEXT, password TEXT, staff_role TEXT) RETURNS void
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    PERFORM shipshape_check_staff_change(login, staff_role);
                    IF staff_role IS NULL THEN
                        RAISE EXCEPTION 'a staff login needs a role' USING ERRCODE = '22023';
                    END IF;
                    IF password IS NULL OR length(password) < 8 THEN
                        RAISE EXCEPTION 'a staff password needs at least 8 characters' USING ERRCODE = '22023';
                    END IF;
                    IF EXISTS (SELECT FROM pg_roles WHERE rolname = login) THEN
                        RAISE EXCEPTION 'the login % already exists', login USING ERRCODE = '42710';
                    END IF;
                    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, password, staff_role);
                END $$;

REVOKE ALL ON FUNCTION shipshape_staff_add(TEXT, TEXT, TEXT) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION shipshape_staff_add(TEXT, TEXT, TEXT) TO shipshape_admin;

DROP FUNCTION shipshape_is_scram_verifier(TEXT);

