-- Catalog version history: one canonical document per variant, its hash, and the function that
-- records a version only when the document changed. Every writer of the catalog (the editing
-- commands, the import's merge, the demo seeder) records versions through catalog.record_versions,
-- so "an unchanged save writes nothing" holds everywhere by construction.
--
-- Also here: the review queue for external ids the catalog could not map safely, and the error
-- codes the catalog commands add.
CREATE SCHEMA catalog AUTHORIZATION stockroom_owner;
SET LOCAL ROLE stockroom_owner;
REVOKE ALL ON SCHEMA catalog FROM PUBLIC;
GRANT USAGE ON SCHEMA catalog TO stockroom_admin, stockroom_store_manager,
    stockroom_floor_supervisor;

CREATE OR REPLACE FUNCTION auth.error_sqlstate(code text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT CASE code
        WHEN 'not_staff'              THEN 'SR001'  -- the login is not a staff member here
        WHEN 'account_disabled'       THEN 'SR002'  -- the staff member has been disabled
        WHEN 'not_in_scope'           THEN 'SR003'  -- store/location/dark store/tenant outside scope
        WHEN 'not_permitted'          THEN 'SR004'  -- the role may not run this command
        WHEN 'invalid_argument'       THEN 'SR005'  -- a parameter is missing or malformed
        WHEN 'not_found'              THEN 'SR006'  -- a named thing does not exist
        WHEN 'already_exists'         THEN 'SR007'  -- a thing with that name already exists
        WHEN 'request_reused'         THEN 'SR008'  -- a request id reused for another command
        WHEN 'insufficient_stock'     THEN 'SR010'
        WHEN 'version_conflict'       THEN 'SR011'
        WHEN 'unknown_variant'        THEN 'SR012'
        WHEN 'invalid_quantity'       THEN 'SR013'
        WHEN 'reservation_not_active' THEN 'SR014'
        WHEN 'invalid_transition'     THEN 'SR015'
        WHEN 'price_above_mrp'        THEN 'SR016'  -- a selling price above the MRP
        WHEN 'price_overlap'          THEN 'SR017'  -- a price range overlapping another
        WHEN 'variant_in_use'         THEN 'SR018'  -- stock or reservations: archive, not delete
        WHEN 'mapping_conflict'       THEN 'SR019'  -- an external id already names another item
        ELSE 'SR000' END
$$;

-- The canonical document of variants: what a version records and what its hash covers. Keys are
-- those of jsonb (stored sorted, without insignificant whitespace), lists are sorted, numbers
-- carry no trailing zeros, so equal content always gives equal text. Prices are not part of it:
-- they have their own effective-dated history in variant_prices. The category is named by id
-- (renaming a category is not a change of its items); readers resolve the path for display.
CREATE FUNCTION catalog.variant_documents(p_tenant_id uuid, p_variant_ids uuid[])
    RETURNS TABLE (variant_id uuid, document jsonb, normalized_hash text)
    LANGUAGE sql STABLE
    SET search_path = pg_catalog, pg_temp
AS $$
    SELECT d.id, d.doc, encode(sha256(convert_to(d.doc::text, 'UTF8')), 'hex')
      FROM (SELECT v.id, jsonb_build_object(
                'sku', v.sku,
                'name', v.name,
                'status', v.status,
                'is_essential', v.is_essential,
                'pack_size', trim_scale(v.pack_size),
                'pack_uom', v.pack_uom,
                'stock_uom', v.stock_uom,
                'attributes', v.attributes,
                'barcodes', coalesce((
                    SELECT jsonb_agg(jsonb_build_object('barcode', b.barcode,
                                                        'type', b.barcode_type,
                                                        'primary', b.is_primary)
                                     ORDER BY b.barcode)
                      FROM public.variant_barcodes b
                     WHERE b.tenant_id = v.tenant_id AND b.variant_id = v.id), '[]'),
                'uoms', coalesce((
                    SELECT jsonb_agg(jsonb_build_object('uom', u.uom_code,
                                                        'factor', trim_scale(u.conversion_factor),
                                                        'purchase', u.is_purchase_unit,
                                                        'sales', u.is_sales_unit)
                                     ORDER BY u.uom_code)
                      FROM public.variant_uoms u
                     WHERE u.tenant_id = v.tenant_id AND u.variant_id = v.id), '[]'),
                'product_id', v.product_id,
                'product', jsonb_build_object(
                    'name', p.name,
                    'brand', p.brand,
                    'description', p.description,
                    'hsn_code', p.hsn_code,
                    'category_id', p.category_id,
                    'attributes', p.attributes,
                    'is_active', p.is_active)) AS doc
              FROM public.variants v
              JOIN public.products p ON p.tenant_id = v.tenant_id AND p.id = v.product_id
             WHERE v.tenant_id = p_tenant_id AND v.id = ANY (p_variant_ids)
            -- OFFSET 0 keeps the planner from folding this into the outer select, which would
            -- build each document twice (once more for its hash): 65 µs a variant instead of 30,
            -- paid in full by an import of 100,000 new items.
            OFFSET 0) d
$$;

-- Records a version of each named variant whose document differs from its newest version (or
-- that has none yet), numbering on from it, and moves variants.version to the new number (the
-- optimistic-locking token the editor sends back). A variant without any version first gets its
-- current state recorded as its current version number, dated when it was last changed: commands
-- call this before a change (so the state they change from is on record) and after it. Returns
-- the versions written; none for an unchanged save.
CREATE FUNCTION catalog.record_versions(p_tenant_id uuid, p_variant_ids uuid[],
                                        p_source_system_id uuid DEFAULT NULL,
                                        p_changed_by name DEFAULT session_user)
    RETURNS TABLE (variant_id uuid, version_no integer)
    LANGUAGE sql
    SET search_path = pg_catalog, pg_temp
AS $$
    WITH docs AS (
        SELECT d.variant_id, d.document, d.normalized_hash, v.version, v.updated_at,
               newest.version_no AS newest_no, newest.normalized_hash AS newest_hash
          FROM catalog.variant_documents(p_tenant_id, p_variant_ids) d
          JOIN public.variants v ON v.tenant_id = p_tenant_id AND v.id = d.variant_id
          LEFT JOIN LATERAL (
              SELECT x.version_no, x.normalized_hash FROM public.catalog_item_versions x
               WHERE x.tenant_id = p_tenant_id AND x.variant_id = d.variant_id
               ORDER BY x.version_no DESC LIMIT 1) newest ON true
         WHERE newest.version_no IS NULL OR newest.normalized_hash <> d.normalized_hash
    ), written AS (
        INSERT INTO public.catalog_item_versions (tenant_id, variant_id, version_no,
                                                  source_system_id, payload, normalized_hash,
                                                  changed_by, created_at)
        SELECT p_tenant_id, docs.variant_id,
               CASE WHEN docs.newest_no IS NULL THEN docs.version
                    ELSE greatest(docs.newest_no, docs.version) + 1 END,
               p_source_system_id, docs.document, docs.normalized_hash, p_changed_by,
               CASE WHEN docs.newest_no IS NULL THEN least(docs.updated_at, now()) ELSE now() END
          FROM docs
        RETURNING catalog_item_versions.variant_id, catalog_item_versions.version_no
    ), moved AS (
        UPDATE public.variants v SET version = w.version_no
          FROM written w
         WHERE v.tenant_id = p_tenant_id AND v.id = w.variant_id AND v.version <> w.version_no
        RETURNING v.id
    )
    SELECT w.variant_id, w.version_no FROM written w
$$;

-- External ids a source sent that the catalog could not map safely, held for a person to resolve:
--  * 'unmapped': no variant is mapped to the id and none could be chosen safely (for instance
--    the row's SKU is new but its barcode already names another variant);
--  * 'conflict': the id is mapped to one variant while the row names another.
-- The row as received is kept in received_row, so nothing a source sent is lost.
CREATE TABLE source_review_items (
    tenant_id            uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    id                   uuid         NOT NULL DEFAULT gen_random_uuid(),
    source_system_id     uuid         NOT NULL,
    entity_type          varchar(40)  NOT NULL DEFAULT 'variant',
    external_id          varchar(200) NOT NULL CHECK (btrim(external_id) <> ''),
    kind                 varchar(10)  NOT NULL CHECK (kind IN ('unmapped', 'conflict')),
    reason               text         NOT NULL CHECK (btrim(reason) <> ''),
    mapped_variant_id    uuid,         -- the variant the id is mapped to now (conflict)
    proposed_variant_id  uuid,         -- the variant the received row names or resembles
    received_row         jsonb        NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(received_row) = 'object'),
    ingestion_run_id     uuid,
    status               varchar(10)  NOT NULL DEFAULT 'open'
                         CHECK (status IN ('open', 'resolved', 'dismissed')),
    resolution           text,
    resolved_by          name,
    resolved_at          timestamptz,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, source_system_id) REFERENCES source_systems (tenant_id, id)
        ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, mapped_variant_id) REFERENCES variants (tenant_id, id)
        ON DELETE SET NULL (mapped_variant_id),
    FOREIGN KEY (tenant_id, proposed_variant_id) REFERENCES variants (tenant_id, id)
        ON DELETE SET NULL (proposed_variant_id),
    FOREIGN KEY (tenant_id, ingestion_run_id) REFERENCES catalog_ingestion_runs (tenant_id, id)
        ON DELETE SET NULL (ingestion_run_id),
    CHECK ((status = 'open') = (resolved_at IS NULL))
);
-- One open item per external id: a later sighting updates it instead of queueing a duplicate.
CREATE UNIQUE INDEX source_review_items_one_open
    ON source_review_items (tenant_id, source_system_id, entity_type, external_id)
    WHERE status = 'open';
CREATE INDEX source_review_items_queue ON source_review_items (tenant_id, status, created_at);

ALTER TABLE source_review_items ENABLE ROW LEVEL SECURITY;
ALTER TABLE source_review_items FORCE ROW LEVEL SECURITY;
CREATE POLICY owner_all ON source_review_items TO stockroom_owner USING (true) WITH CHECK (true);
CREATE POLICY staff_read ON source_review_items FOR SELECT
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor
    USING (tenant_id = ((SELECT auth.caller_of(current_user))).tenant_id);
GRANT SELECT ON source_review_items
    TO stockroom_admin, stockroom_store_manager, stockroom_floor_supervisor;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA catalog FROM PUBLIC;
