// Customer records as staff read them, and the signed-in customer's own profile.
import type { CustomerContext, StaffContext } from '../context/context.js';
import type { Prisma, Customer as CustomerColumns, Tenant } from '../generated/prisma/client.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { NotFound } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import type { Customer, CustomerProfile, CustomerSearchArgs } from './customers.types.js';
import { isId } from '../common/ids.js';
import { currentCustomer } from './customers.loaders.js';
import { PRIMARY_ONLY } from '../contacts/contact-rights.js';

/** The profile a customer sees of themselves; no language of their own means the business's. */
export function toCustomerProfile(row: Pick<CustomerColumns, 'id' | 'name' | 'email' | 'phone' | 'locale'>, tenant: Pick<Tenant, 'locale' | 'slug'>): CustomerProfile {
  return { id: row.id, name: row.name, email: row.email, phone: row.phone, locale: row.locale ?? tenant.locale, tenantSlug: tenant.slug };
}

/** The signed-in customer's profile. */
export async function customerProfile(ctx: CustomerContext): Promise<CustomerProfile> {
  const [row, tenant] = await Promise.all([currentCustomer(ctx), currentTenant(ctx)]);
  return toCustomerProfile(row, tenant);
}

/** The columns of a customer record as staff see it, with its primary contact's login. */
export const customerSelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  locale: true,
  createdAt: true,
  portalAccounts: { ...PRIMARY_ONLY, select: { id: true, status: true, email: true } },
} satisfies Prisma.CustomerSelect;

type CustomerColumnsRow = Prisma.CustomerGetPayload<{ select: typeof customerSelect }>;
type PortalAccountRow = CustomerColumnsRow['portalAccounts'][number];
/** A customer record with its primary contact's login (`portalAccount`), or null when nobody has one. */
export type CustomerRow = Omit<CustomerColumnsRow, 'portalAccounts'> & { portalAccount: PortalAccountRow | null };

export function withPrimary({ portalAccounts, ...row }: CustomerColumnsRow): CustomerRow {
  return { ...row, portalAccount: portalAccounts[0] ?? null };
}

export async function searchCustomers(ctx: StaffContext, args: CustomerSearchArgs): Promise<Connection<Customer>> {
  const term = args.search?.trim();
  const where: Prisma.CustomerWhereInput = term
    ? {
        OR: [{ name: { contains: term, mode: 'insensitive' } }, { email: { contains: term, mode: 'insensitive' } }, { phone: { contains: term } }],
      }
    : {};
  const rows = await ctx.tx.customer.findMany({ where, select: customerSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...pageQuery(ctx.principal.tenantId, args) });
  return toConnection(rows, args, toCustomer);
}

/** A customer of the staff member's tenant with its portal account; NOT_FOUND for a malformed, missing or foreign id. */
export async function customerRow(ctx: StaffContext, id: string): Promise<CustomerRow> {
  const row = isId(id) ? await ctx.tx.customer.findFirst({ where: { id }, select: customerSelect }) : null;
  if (!row) throw new NotFound('This customer');
  return withPrimary(row);
}

export async function getCustomer(ctx: StaffContext, id: string): Promise<Customer> {
  return toCustomer(await customerRow(ctx, id));
}

export function toCustomer(read: CustomerRow | CustomerColumnsRow): Customer {
  const row = 'portalAccounts' in read ? withPrimary(read) : read;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    createdAt: row.createdAt,
    portalStatus: row.portalAccount?.status ?? null,
    portalEmail: row.portalAccount?.email ?? null,
  };
}
