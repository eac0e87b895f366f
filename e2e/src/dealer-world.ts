// An office-equipment dealer of its own for the dealer portal test (a copy of the demo's settings,
// with meters and supplies switched on), its owner and one customer: an office with a colour
// copier on a meter contract (black and colour meters, included volumes, overage tiers, a toner
// allowance), a month of readings behind it, and a catalogue with toner that fits the copier and
// toner that does not. Written in SQL like the other worlds (projects-world.ts): what the test
// is about (readings, orders, their review) goes through the APIs.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { dayFromToday } from './clock.js';
import { firstId, makeBusiness } from './business-world.js';

export const DEALER_TIME_ZONE = 'America/Chicago';

export interface DealerWorld {
  slug: string;
  tenantId: string;
  tenantName: string;
  staffEmail: string;
  customerEmail: string;
  customerId: string;
  copier: { id: string; name: string; model: string };
  meters: { black: { id: string; label: string; last: number }; colour: { id: string; label: string; last: number } };
  toner: { fits: string; fitsToo: string; other: string };
  site: { label: string };
  /** The billing day is two days off, so a reading is due (not so from the 27th, billing days stop at the 28th). */
  readingDue: boolean;
}

/** The tenant, its owner and a customer (both sign in with the demo password), the copier and the catalogue. */
export async function makeDealer(db: pg.Client): Promise<DealerWorld> {
  const key = randomUUID().slice(0, 8);
  const slug = `copiers-${key}`;
  const tenantName = `Lakeside Office Systems ${key}`;
  const one = (sql: string, params: unknown[]) => firstId(db, sql, params);
  const staffEmail = `owner-${key}@example.net`;
  const customerEmail = `office-${key}@example.com`;
  const { tenantId, customerId } = await makeBusiness(db, {
    slug,
    name: tenantName,
    timeZone: DEALER_TIME_ZONE,
    primaryColor: '#0e7490',
    changes: `trade = 'equipment', feature_meters = true, feature_supplies = true, feature_projects = false, feature_booking = false,
              supplies_any_address = true, meter_tolerance_percent = 60, currency = 'USD'`,
    owner: { name: 'Priya Shah', email: staffEmail },
    customer: { name: 'Harbor Dental', email: customerEmail },
  });
  const siteLabel = 'Front office';
  const siteId = await one(
    `INSERT INTO sites (id, tenant_id, customer_id, label, address_line1, city, postal_code, region, country)
     VALUES (gen_random_uuid(), $1, $2, $3, '220 Harbor Drive, Suite 4', 'Chicago', '60601', 'IL', 'US') RETURNING id`,
    [tenantId, customerId, siteLabel],
  );
  const typeId = await one(`INSERT INTO asset_types (id, tenant_id, code, category) VALUES (gen_random_uuid(), $1, 'copier', 'equipment') RETURNING id`, [tenantId]);
  await db.query(`INSERT INTO asset_type_names (tenant_id, asset_type_id, locale, name) VALUES ($1, $2, 'en', 'Copier'), ($1, $2, 'fr', 'Copieur'), ($1, $2, 'es', 'Copiadora')`, [
    tenantId,
    typeId,
  ]);
  const copier = { name: 'Reception copier', model: 'Konica bizhub C300i' };
  const copierId = await one(
    `INSERT INTO assets (id, tenant_id, customer_id, site_id, asset_type_id, name, model, serial_number, installed_on)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, 'A7R3021004512', $7) RETURNING id`,
    [tenantId, customerId, siteId, typeId, copier.name, copier.model, dayFromToday(DEALER_TIME_ZONE, -400)],
  );

  // Two meters, read a month ago and a fortnight ago (about 300 black and 100 colour pages a day).
  const meter = (kind: string, label: string) =>
    one(`INSERT INTO meters (id, tenant_id, customer_id, asset_id, kind, label) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5) RETURNING id`, [
      tenantId,
      customerId,
      copierId,
      kind,
      label,
    ]);
  const blackId = await meter('BLACK', 'Black pages');
  const colourId = await meter('COLOUR', 'Colour pages');
  const read = (meterId: string, value: number, daysAgo: number) =>
    db.query(
      `INSERT INTO meter_readings (id, tenant_id, customer_id, meter_id, value, read_at, source, status) VALUES (gen_random_uuid(), $1, $2, $3, $4, now() - make_interval(days => $5), 'PORTAL', 'ACCEPTED')`,
      [tenantId, customerId, meterId, value, daysAgo],
    );
  await read(blackId, 120_000, 30);
  await read(colourId, 40_000, 30);
  await read(blackId, 124_500, 15);
  await read(colourId, 41_500, 15);

  // The contract: billed monthly two days from now (so a reading is due: the window is the five
  // days up to the billing day), $89 a month with 5,000 black and 1,000 colour pages included, overage per 1,000
  // pages beyond; two toner cartridges a period covered.
  const inTwoDays = Number(dayFromToday(DEALER_TIME_ZONE, 2).slice(8, 10));
  const billingDay = Math.min(28, inTwoDays);
  const contractId = await one(
    `INSERT INTO meter_contracts (id, tenant_id, customer_id, asset_id, number, starts_on, period_months, billing_day, base_charge_minor, tax_rate_bp, updated_at)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 1, $6, 8900, 0, now()) RETURNING id`,
    [tenantId, customerId, copierId, `MC-${key}`, dayFromToday(DEALER_TIME_ZONE, -400), billingDay],
  );
  await db.query(
    `INSERT INTO meter_contract_rates (tenant_id, contract_id, meter_id, included_volume, tiers) VALUES
       ($1, $2, $3, 5000, '[{"upTo": 10000, "rateMinorPerThousand": 900}, {"upTo": null, "rateMinorPerThousand": 700}]'),
       ($1, $2, $4, 1000, '[{"upTo": null, "rateMinorPerThousand": 6500}]')`,
    [tenantId, contractId, blackId, colourId],
  );
  await db.query(`INSERT INTO supply_allowances (tenant_id, contract_id, category, units_per_period) VALUES ($1, $2, 'TONER', 2)`, [tenantId, contractId]);

  // The catalogue: black and cyan toner for the C300i, and a toner for another model.
  const item = async (sku: string, name: string, category: string, priceMinor: number, yieldPages: number | null, models: string[]) => {
    const id = await one(
      `INSERT INTO supply_items (id, tenant_id, sku, name, category, price_minor, tax_rate_bp, yield_pages) VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, 0, $6) RETURNING id`,
      [tenantId, sku, name, category, priceMinor, yieldPages],
    );
    for (const model of models) await db.query(`INSERT INTO supply_item_models (tenant_id, item_id, model) VALUES ($1, $2, $3)`, [tenantId, id, model]);
    return name;
  };
  const fits = await item('TN328K', 'Black toner TN-328K', 'TONER', 8900, 28_000, ['Konica bizhub C300i', 'Konica bizhub C250i']);
  const fitsToo = await item('TN328C', 'Cyan toner TN-328C', 'TONER', 14_500, 28_000, ['Konica bizhub C300i']);
  const other = await item('TN227K', 'Black toner TN-227K (bizhub C257i)', 'TONER', 7900, 24_000, ['Konica bizhub C257i']);

  return {
    slug,
    tenantId,
    tenantName,
    staffEmail,
    customerEmail,
    customerId,
    copier: { id: copierId, ...copier },
    meters: { black: { id: blackId, label: 'Black pages', last: 124_500 }, colour: { id: colourId, label: 'Colour pages', last: 41_500 } },
    toner: { fits, fitsToo, other },
    site: { label: siteLabel },
    readingDue: billingDay === inTwoDays,
  };
}
