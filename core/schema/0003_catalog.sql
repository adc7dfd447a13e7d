-- Catalog core: categories, products, variants with barcodes and units of measure, source
-- systems and their mappings, ingestion runs, version history, and effective-dated prices.
SET LOCAL ROLE stockroom_owner;

-- GTIN check digit (EAN-8, UPC-A, EAN-13, GTIN-14): weights 3,1,3,… from the right.
CREATE FUNCTION gtin_is_valid(code text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT CASE WHEN code ~ '^([0-9]{8}|[0-9]{12,14})$' THEN
        (SELECT (10 - sum(substr(code, length(code) - i, 1)::int
                          * CASE WHEN i % 2 = 1 THEN 3 ELSE 1 END) % 10) % 10
         FROM generate_series(1, length(code) - 1) AS i) = right(code, 1)::int
    ELSE false END
$$;

CREATE TABLE categories (
    tenant_id  uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    id         uuid         NOT NULL DEFAULT gen_random_uuid(),
    parent_id  uuid,
    name       varchar(120) NOT NULL CHECK (btrim(name) <> '' AND name !~ '/'),
    -- Materialized path of names ("Dairy/Butter"), maintained by the catalog commands.
    path       text         NOT NULL CHECK (path <> ''),
    sort_order integer      NOT NULL DEFAULT 0,
    is_active  boolean      NOT NULL DEFAULT true,
    created_at timestamptz  NOT NULL DEFAULT now(),
    updated_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE NULLS NOT DISTINCT (tenant_id, parent_id, name),
    UNIQUE (tenant_id, path),
    FOREIGN KEY (tenant_id, parent_id) REFERENCES categories (tenant_id, id),
    CHECK (parent_id IS DISTINCT FROM id)
);

CREATE TABLE units_of_measure (
    tenant_id      uuid          NOT NULL REFERENCES tenants ON DELETE CASCADE,
    code           varchar(10)   NOT NULL CHECK (code ~ '^[a-z][a-z0-9]*$'),
    name           varchar(40)   NOT NULL,
    dimension      varchar(10)   NOT NULL CHECK (dimension IN ('count', 'mass', 'volume', 'length')),
    -- How many of the dimension's base unit (pc, g, ml, mm) one of this unit is.
    factor_to_base numeric(18,6) NOT NULL CHECK (factor_to_base > 0),
    PRIMARY KEY (tenant_id, code)
);

CREATE TABLE products (
    tenant_id   uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    id          uuid         NOT NULL DEFAULT gen_random_uuid(),
    category_id uuid,
    name        varchar(300) NOT NULL CHECK (btrim(name) <> ''),
    brand       varchar(120),
    description text,
    hsn_code    varchar(8)   CHECK (hsn_code ~ '^[0-9]{4,8}$'),
    attributes  jsonb        NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(attributes) = 'object'),
    is_active   boolean      NOT NULL DEFAULT true,
    version     integer      NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, category_id) REFERENCES categories (tenant_id, id)
);
CREATE INDEX products_category ON products (tenant_id, category_id);

CREATE TABLE variants (
    tenant_id  uuid          NOT NULL REFERENCES tenants ON DELETE CASCADE,
    id         uuid          NOT NULL DEFAULT gen_random_uuid(),
    product_id uuid          NOT NULL,
    sku        varchar(100)  NOT NULL CHECK (sku ~ '^[A-Z0-9][A-Z0-9._/-]*$'),
    -- Full display name, e.g. "Amul Butter 500 g".
    name       varchar(300)  NOT NULL CHECK (btrim(name) <> ''),
    -- The pack: pack_size of pack_uom per stocked unit (500 g, 1 l, 6 pc).
    pack_size  numeric(18,4) NOT NULL DEFAULT 1 CHECK (pack_size > 0),
    pack_uom   varchar(10)   NOT NULL DEFAULT 'pc',
    -- The unit stock is counted in; other units convert through variant_uoms.
    stock_uom  varchar(10)   NOT NULL DEFAULT 'pc',
    attributes jsonb         NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(attributes) = 'object'),
    status     varchar(10)   NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
    is_essential boolean     NOT NULL DEFAULT false,
    version    integer       NOT NULL DEFAULT 1 CHECK (version > 0),
    created_at timestamptz   NOT NULL DEFAULT now(),
    updated_at timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, sku),
    FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, pack_uom) REFERENCES units_of_measure (tenant_id, code),
    FOREIGN KEY (tenant_id, stock_uom) REFERENCES units_of_measure (tenant_id, code)
);
CREATE INDEX variants_product ON variants (tenant_id, product_id);
-- Keyset paging in name order, and search-as-you-type: trigram index for "contains" over
-- name and SKU, plus pattern-ops indexes for prefix matches.
CREATE INDEX variants_name_order ON variants (tenant_id, lower(name), id);
CREATE INDEX variants_search_trgm ON variants USING gin ((lower(name) || ' ' || lower(sku)) gin_trgm_ops);
CREATE INDEX variants_sku_prefix ON variants (tenant_id, sku varchar_pattern_ops);

CREATE TABLE variant_barcodes (
    tenant_id    uuid        NOT NULL,
    barcode      varchar(14) NOT NULL CHECK (gtin_is_valid(barcode)),
    variant_id   uuid        NOT NULL,
    barcode_type varchar(6)  NOT NULL CHECK (barcode_type IN ('EAN13', 'EAN8', 'UPCA', 'GTIN14')),
    is_primary   boolean     NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, barcode),  -- a barcode names one variant per tenant
    FOREIGN KEY (tenant_id, variant_id) REFERENCES variants (tenant_id, id) ON DELETE CASCADE,
    CHECK (length(barcode) = CASE barcode_type WHEN 'EAN13' THEN 13 WHEN 'EAN8' THEN 8
                                               WHEN 'UPCA' THEN 12 ELSE 14 END)
);
CREATE UNIQUE INDEX variant_barcodes_one_primary ON variant_barcodes (tenant_id, variant_id)
    WHERE is_primary;
CREATE INDEX variant_barcodes_variant ON variant_barcodes (tenant_id, variant_id);
CREATE INDEX variant_barcodes_prefix ON variant_barcodes (tenant_id, barcode varchar_pattern_ops);

-- Other units a variant is bought or sold in ("case of 24"), as a factor of its stock unit.
CREATE TABLE variant_uoms (
    tenant_id         uuid          NOT NULL,
    variant_id        uuid          NOT NULL,
    uom_code          varchar(10)   NOT NULL,
    conversion_factor numeric(18,4) NOT NULL CHECK (conversion_factor > 0),
    is_purchase_unit  boolean       NOT NULL DEFAULT false,
    is_sales_unit     boolean       NOT NULL DEFAULT false,
    PRIMARY KEY (tenant_id, variant_id, uom_code),
    FOREIGN KEY (tenant_id, variant_id) REFERENCES variants (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, uom_code) REFERENCES units_of_measure (tenant_id, code)
);

CREATE TABLE source_systems (
    tenant_id      uuid         NOT NULL REFERENCES tenants ON DELETE CASCADE,
    id             uuid         NOT NULL DEFAULT gen_random_uuid(),
    source_type    varchar(40)  NOT NULL
                   CHECK (source_type IN ('pos', 'erp', 'seller_feed', 'dark_store_feed', 'manual', 'import')),
    name           varchar(120) NOT NULL CHECK (btrim(name) <> ''),
    vendor         varchar(80),
    auth_config    jsonb        NOT NULL DEFAULT '{}',
    webhook_secret text,
    is_active      boolean      NOT NULL DEFAULT true,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    updated_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, name)
);

CREATE TABLE source_entities (
    tenant_id        uuid         NOT NULL,
    id               uuid         NOT NULL DEFAULT gen_random_uuid(),
    source_system_id uuid         NOT NULL,
    entity_type      varchar(40)  NOT NULL,
    external_id      varchar(200) NOT NULL CHECK (btrim(external_id) <> ''),
    canonical_type   varchar(40)  NOT NULL CHECK (canonical_type IN ('product', 'variant', 'category', 'location')),
    canonical_id     uuid         NOT NULL,
    metadata         jsonb        NOT NULL DEFAULT '{}',
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, source_system_id, entity_type, external_id),
    FOREIGN KEY (tenant_id, source_system_id) REFERENCES source_systems (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX source_entities_canonical ON source_entities (tenant_id, canonical_type, canonical_id);

CREATE TABLE catalog_ingestion_runs (
    tenant_id        uuid        NOT NULL REFERENCES tenants ON DELETE CASCADE,
    id               uuid        NOT NULL DEFAULT gen_random_uuid(),
    source_system_id uuid,
    ingestion_type   varchar(40) NOT NULL,
    status           varchar(30) NOT NULL
                     CHECK (status IN ('running', 'completed', 'completed_with_errors', 'failed', 'cancelled', 'dry_run')),
    received_count   integer     NOT NULL DEFAULT 0 CHECK (received_count >= 0),
    success_count    integer     NOT NULL DEFAULT 0 CHECK (success_count >= 0),
    failed_count     integer     NOT NULL DEFAULT 0 CHECK (failed_count >= 0),
    error_summary    jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(error_summary) = 'array'),
    started_at       timestamptz NOT NULL DEFAULT now(),
    completed_at     timestamptz CHECK (completed_at >= started_at),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, source_system_id) REFERENCES source_systems (tenant_id, id)
        ON DELETE SET NULL (source_system_id),
    CHECK (success_count + failed_count <= received_count)
);

CREATE TABLE catalog_item_versions (
    tenant_id        uuid        NOT NULL,
    id               uuid        NOT NULL DEFAULT gen_random_uuid(),
    variant_id       uuid        NOT NULL,
    version_no       integer     NOT NULL CHECK (version_no > 0),
    source_system_id uuid,
    payload          jsonb       NOT NULL CHECK (jsonb_typeof(payload) = 'object'),
    normalized_hash  text        NOT NULL CHECK (normalized_hash ~ '^[0-9a-f]{64}$'),
    changed_by       name        NOT NULL DEFAULT current_user,
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    UNIQUE (tenant_id, variant_id, version_no),
    FOREIGN KEY (tenant_id, variant_id) REFERENCES variants (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, source_system_id) REFERENCES source_systems (tenant_id, id)
        ON DELETE SET NULL (source_system_id)
);

-- Operational price truth. location_id NULL means every location; channel 'default' applies
-- where no channel-specific row exists. Effective ranges are half-open [from, to).
CREATE TABLE variant_prices (
    tenant_id        uuid          NOT NULL,
    id               uuid          NOT NULL DEFAULT gen_random_uuid(),
    variant_id       uuid          NOT NULL,
    location_id      uuid,
    channel          varchar(40)   NOT NULL DEFAULT 'default' CHECK (channel ~ '^[a-z][a-z0-9_]{1,39}$'),
    currency         char(3)       NOT NULL DEFAULT 'INR' CHECK (currency ~ '^[A-Z]{3}$'),
    mrp              numeric(12,2) CHECK (mrp > 0),
    base_price       numeric(12,2) NOT NULL CHECK (base_price >= 0),
    tax_rate         numeric(6,2)  NOT NULL DEFAULT 0 CHECK (tax_rate >= 0 AND tax_rate <= 100),
    effective_from   timestamptz   NOT NULL DEFAULT now(),
    effective_to     timestamptz,
    source_system_id uuid,
    created_by       name          NOT NULL DEFAULT current_user,
    created_at       timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, variant_id) REFERENCES variants (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, location_id) REFERENCES locations (tenant_id, id),
    FOREIGN KEY (tenant_id, source_system_id) REFERENCES source_systems (tenant_id, id)
        ON DELETE SET NULL (source_system_id),
    CONSTRAINT variant_prices_base_le_mrp CHECK (mrp IS NULL OR base_price <= mrp),
    CONSTRAINT variant_prices_range_valid CHECK (effective_to IS NULL OR effective_to > effective_from),
    CONSTRAINT variant_prices_no_overlap EXCLUDE USING gist (
        tenant_id WITH =, variant_id WITH =,
        (coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid)) WITH =,
        channel WITH =,
        tstzrange(effective_from, effective_to, '[)') WITH &&)
);
CREATE INDEX variant_prices_lookup
    ON variant_prices (tenant_id, variant_id, location_id, channel, effective_from DESC);
