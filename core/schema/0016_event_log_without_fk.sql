-- The event log without a foreign key to tenants. Every row the sequencer inserts was an outbox
-- row whose tenant was checked when its business transaction wrote it; checking again took a
-- FOR KEY SHARE lock on the tenant's row for every event, on the same row every writer locks for
-- its own checks. Measured with 32 writers on one hot position (scripts/bench --stream): about
-- three quarters of stream.sequence's time went to those checks. A tenant's events still go
-- with it, by the trigger below instead of the cascade.
SET LOCAL ROLE stockroom_owner;

ALTER TABLE event_log DROP CONSTRAINT event_log_tenant_id_fkey;

CREATE FUNCTION stream.forget_tenant() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    DELETE FROM public.event_log WHERE tenant_id = OLD.tenant_id;
    RETURN NULL;
END
$$;
REVOKE EXECUTE ON FUNCTION stream.forget_tenant() FROM PUBLIC;

CREATE TRIGGER tenants_forget_events AFTER DELETE ON tenants
    FOR EACH ROW EXECUTE FUNCTION stream.forget_tenant();
