-- Roles, extensions and schemas. Runs as the migrating role (a superuser, or a role with
-- CREATEROLE that owns the database); every later migration creates its objects as the NOLOGIN
-- owner role so that no login ever owns a table (owners bypass row-level security).

CREATE EXTENSION IF NOT EXISTS btree_gist;  -- uuid/text equality inside exclusion constraints
CREATE EXTENSION IF NOT EXISTS pg_trgm;     -- search-as-you-type over names and SKUs

DO $roles$
DECLARE
    r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['stockroom_owner', 'stockroom_admin', 'stockroom_store_manager',
                             'stockroom_floor_supervisor']
    LOOP
        -- Roles are cluster-wide while the migration lock is per database: another database
        -- migrating at the same moment may create the role first.
        BEGIN
            EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL;
        END;
        -- Whatever existed before, these roles never log in or bypass row-level security.
        EXECUTE format('ALTER ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS', r);
    END LOOP;
    -- The migrating role must be able to act as the owner.
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT stockroom_owner TO %I', current_user);
    END IF;
END
$roles$;

GRANT CREATE, USAGE ON SCHEMA public TO stockroom_owner;
CREATE SCHEMA IF NOT EXISTS api AUTHORIZATION stockroom_owner;
REVOKE ALL ON SCHEMA api FROM PUBLIC;
