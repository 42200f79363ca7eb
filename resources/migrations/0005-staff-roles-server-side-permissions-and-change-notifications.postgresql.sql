-- Shipshape schema migration 5, PostgreSQL. Frozen: this is the text databases received when they were migrated
-- to version 5, and Migrator refuses a database whose recorded checksum of the up part differs.
-- Never edit it; change the schema with a new migration.
-- name: staff roles, server-side permissions and change notifications
-- migrate:up
DO $$
                DECLARE
                    group_role TEXT;
                BEGIN
                    FOREACH group_role IN ARRAY ARRAY['shipshape_warehouse', 'shipshape_support', 'shipshape_admin'] LOOP
                        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = group_role) THEN
                            BEGIN
                                EXECUTE format('CREATE ROLE %I NOLOGIN', group_role);
                            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                                NULL; -- created meanwhile by a migration of another database
                            END;
                        END IF;
                    END LOOP;
                END $$;

GRANT USAGE ON SCHEMA public TO shipshape_warehouse, shipshape_support, shipshape_admin;

GRANT SELECT ON ALL TABLES IN SCHEMA public TO shipshape_warehouse, shipshape_support, shipshape_admin;

GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO shipshape_warehouse, shipshape_support, shipshape_admin;

GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO shipshape_admin;

REVOKE INSERT, UPDATE, DELETE ON schema_migrations FROM shipshape_admin;

GRANT INSERT ON customers, orders, order_events, stock_movements, payments TO shipshape_support;

GRANT INSERT, DELETE ON order_lines TO shipshape_support;

GRANT UPDATE ON orders TO shipshape_support;

GRANT UPDATE (value) ON counters TO shipshape_support;

GRANT UPDATE (reserved, updated_at) ON products TO shipshape_support;

GRANT INSERT, UPDATE ON payment_attempts, refunds TO shipshape_support;

GRANT INSERT ON products, stock_movements, order_events TO shipshape_warehouse;

GRANT UPDATE (on_hand, reserved, low_stock_threshold, updated_at) ON products TO shipshape_warehouse;

GRANT UPDATE ON orders TO shipshape_warehouse;

GRANT INSERT, UPDATE ON notification_outbox TO shipshape_warehouse, shipshape_support;

CREATE OR REPLACE FUNCTION shipshape_is_admin(login NAME) RETURNS BOOLEAN
                LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
                    SELECT pg_has_role(login, 'shipshape_admin', 'MEMBER')
                        OR pg_has_role(login, (SELECT relowner FROM pg_class WHERE oid = 'public.orders'::regclass), 'MEMBER')
                $$;

CREATE OR REPLACE FUNCTION shipshape_guard_order_update() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                DECLARE
                    is_support BOOLEAN := pg_has_role(current_user, 'shipshape_support', 'MEMBER');
                    is_warehouse BOOLEAN := pg_has_role(current_user, 'shipshape_warehouse', 'MEMBER');
                BEGIN
                    IF shipshape_is_admin(current_user) THEN
                        RETURN NEW;
                    END IF;
                    IF NEW.status IN ('shipped', 'delivered') AND NEW.status IS DISTINCT FROM OLD.status AND NOT is_warehouse THEN
                        RAISE EXCEPTION 'permission denied: only warehouse staff may ship or deliver orders'
                            USING ERRCODE = '42501';
                    END IF;
                    IF NOT is_support THEN
                        IF NEW.status IS DISTINCT FROM OLD.status
                           AND NOT ((OLD.status = 'confirmed' AND NEW.status = 'shipped')
                                    OR (OLD.status = 'shipped' AND NEW.status = 'delivered')) THEN
                            RAISE EXCEPTION 'permission denied: warehouse staff may only ship and deliver orders'
                                USING ERRCODE = '42501';
                        END IF;
                        IF (NEW.uuid, NEW.customer_id, NEW.customer_name, NEW.customer_email, NEW.currency,
                            NEW.total_minor, NEW.line_count, NEW.paid_minor, NEW.refunded_minor, NEW.payment_method,
                            NEW.ship_street, NEW.ship_city, NEW.ship_state, NEW.ship_zip, NEW.ship_country,
                            NEW.cancel_reason, NEW.placed_at)
                           IS DISTINCT FROM
                           (OLD.uuid, OLD.customer_id, OLD.customer_name, OLD.customer_email, OLD.currency,
                            OLD.total_minor, OLD.line_count, OLD.paid_minor, OLD.refunded_minor, OLD.payment_method,
                            OLD.ship_street, OLD.ship_city, OLD.ship_state, OLD.ship_zip, OLD.ship_country,
                            OLD.cancel_reason, OLD.placed_at) THEN
                            RAISE EXCEPTION 'permission denied: warehouse staff may not change prices, lines, payments or addresses'
                                USING ERRCODE = '42501';
                        END IF;
                    END IF;
                    RETURN NEW;
                END $$;

CREATE TRIGGER orders_guard BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION shipshape_guard_order_update();

CREATE OR REPLACE FUNCTION shipshape_guard_stock_movement() RETURNS trigger
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF NEW.kind NOT IN ('reserve', 'release') AND NOT shipshape_is_admin(current_user)
                       AND NOT pg_has_role(current_user, 'shipshape_warehouse', 'MEMBER') THEN
                        RAISE EXCEPTION 'permission denied: only warehouse staff may change stock on hand'
                            USING ERRCODE = '42501';
                    END IF;
                    RETURN NEW;
                END $$;

CREATE TRIGGER stock_movements_guard BEFORE INSERT ON stock_movements FOR EACH ROW EXECUTE FUNCTION shipshape_guard_stock_movement();

CREATE OR REPLACE FUNCTION shipshape_notify_order() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('shipshape_changes', 'order:' || NEW.number);
                    RETURN NULL;
                END $$;

CREATE OR REPLACE FUNCTION shipshape_notify_stock() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM pg_notify('shipshape_changes', 'stock:' || NEW.sku);
                    RETURN NULL;
                END $$;

CREATE TRIGGER orders_notify AFTER INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION shipshape_notify_order();

CREATE TRIGGER products_notify AFTER INSERT OR UPDATE ON products FOR EACH ROW EXECUTE FUNCTION shipshape_notify_stock();

CREATE OR REPLACE FUNCTION shipshape_check_staff_change(login TEXT, staff_role TEXT) RETURNS void
                LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
                BEGIN
                    IF NOT shipshape_is_admin(session_user) THEN
                        RAISE EXCEPTION 'permission denied: only a Shipshape admin may manage staff' USING ERRCODE = '42501';
                    END IF;
                    IF login IS NULL OR login !~ '^[a-z_][a-z0-9_]{0,62}$' OR login LIKE 'pg\_%' OR login LIKE 'shipshape\_%' THEN
                        RAISE EXCEPTION 'invalid staff login name: %', login USING ERRCODE = '22023';
                    END IF;
                    IF staff_role IS NOT NULL AND staff_role NOT IN ('shipshape_warehouse', 'shipshape_support', 'shipshape_admin') THEN
                        RAISE EXCEPTION 'unknown staff role: %', staff_role USING ERRCODE = '22023';
                    END IF;
                END $$;

CREATE OR REPLACE FUNCTION shipshape_is_staff_login(login TEXT) RETURNS BOOLEAN
                LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
                    SELECT EXISTS (SELECT FROM pg_roles r WHERE r.rolname = login AND NOT r.rolsuper
                                   AND (pg_has_role(r.oid, 'shipshape_warehouse', 'MEMBER')
                                        OR pg_has_role(r.oid, 'shipshape_support', 'MEMBER')
                                        OR pg_has_role(r.oid, 'shipshape_admin', 'MEMBER')))
                $$;

CREATE OR REPLACE FUNCTION shipshape_staff_add(login TEXT, password TEXT, staff_role TEXT) RETURNS void
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

CREATE OR REPLACE FUNCTION shipshape_staff_set_role(login TEXT, staff_role TEXT) RETURNS void
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                DECLARE
                    group_role TEXT;
                BEGIN
                    PERFORM shipshape_check_staff_change(login, staff_role);
                    IF NOT shipshape_is_staff_login(login) THEN
                        RAISE EXCEPTION 'no staff login %', login USING ERRCODE = '42704';
                    END IF;
                    FOREACH group_role IN ARRAY ARRAY['shipshape_warehouse', 'shipshape_support', 'shipshape_admin'] LOOP
                        IF group_role <> staff_role AND pg_has_role(login, group_role, 'MEMBER') THEN
                            EXECUTE format('REVOKE %I FROM %I', group_role, login);
                        END IF;
                    END LOOP;
                    EXECUTE format('GRANT %I TO %I', staff_role, login);
                END $$;

CREATE OR REPLACE FUNCTION shipshape_staff_disable(login TEXT) RETURNS void
                LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
                BEGIN
                    PERFORM shipshape_check_staff_change(login, NULL);
                    IF NOT shipshape_is_staff_login(login) THEN
                        RAISE EXCEPTION 'no staff login %', login USING ERRCODE = '42704';
                    END IF;
                    EXECUTE format('ALTER ROLE %I NOLOGIN', login);
                END $$;

REVOKE ALL ON FUNCTION shipshape_staff_add(TEXT, TEXT, TEXT), shipshape_staff_set_role(TEXT, TEXT), shipshape_staff_disable(TEXT) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION shipshape_staff_add(TEXT, TEXT, TEXT), shipshape_staff_set_role(TEXT, TEXT), shipshape_staff_disable(TEXT) TO shipshape_admin;

-- migrate:down
DROP FUNCTION shipshape_staff_disable(TEXT);

DROP FUNCTION shipshape_staff_set_role(TEXT, TEXT);

DROP FUNCTION shipshape_staff_add(TEXT, TEXT, TEXT);

DROP FUNCTION shipshape_is_staff_login(TEXT);

DROP FUNCTION shipshape_check_staff_change(TEXT, TEXT);

DROP TRIGGER products_notify ON products;

DROP TRIGGER orders_notify ON orders;

DROP FUNCTION shipshape_notify_stock();

DROP FUNCTION shipshape_notify_order();

DROP TRIGGER stock_movements_guard ON stock_movements;

DROP FUNCTION shipshape_guard_stock_movement();

DROP TRIGGER orders_guard ON orders;

DROP FUNCTION shipshape_guard_order_update();

DROP FUNCTION shipshape_is_admin(NAME);

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM shipshape_warehouse, shipshape_support, shipshape_admin;

REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM shipshape_warehouse, shipshape_support, shipshape_admin;

REVOKE USAGE ON SCHEMA public FROM shipshape_warehouse, shipshape_support, shipshape_admin;

