import type { RequestContext } from '../context/context.js';
import type { Tx } from '../db/client.js';
import type { Prisma } from '../generated/prisma/client.js';
import { pageQuery, toConnection, type Connection } from '../common/pagination.js';
import { NotFound, Unauthenticated } from '../errors/errors.js';
import { currentTenant } from '../platform/current-tenant.js';
import type { Customer, CustomerProfile, CustomerSearchArgs } from './customers.types.js';
import { isId } from '../common/ids.js';

export async function customerProfile(ctx: RequestContext, tx: Tx, customerId: string): Promise<CustomerProfile> {
  const [row, tenant] = await Promise.all([tx.customer.findFirst({ where: { id: customerId } }), currentTenant(ctx)]);
  if (!row) throw new Unauthenticated();
  return { id: row.id, name: row.name, email: row.email, phone: row.phone, locale: row.locale ?? tenant.locale, tenantSlug: tenant.slug };
}

const customerSelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  locale: true,
  createdAt: true,
  portalAccount: { select: { status: true, email: true } },
} satisfies Prisma.CustomerSelect;

type CustomerRow = Prisma.CustomerGetPayload<{ select: typeof customerSelect }>;

export async function searchCustomers(ctx: RequestContext, tx: Tx, args: CustomerSearchArgs): Promise<Connection<Customer>> {
  const tenant = await currentTenant(ctx);
  const term = args.search?.trim();
  const where: Prisma.CustomerWhereInput = term
    ? {
        OR: [
          { name: { contains: term, mode: 'insensitive' } },
          { email: { contains: term, mode: 'insensitive' } },
          { phone: { contains: term } },
        ],
      }
    : {};
  const rows = await tx.customer.findMany({ where, select: customerSelect, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...pageQuery(tenant.id, args) });
  return toConnection(rows, args, toCustomer);
}

export async function getCustomer(_ctx: RequestContext, tx: Tx, id: string): Promise<Customer> {
  const row = isId(id) ? await tx.customer.findFirst({ where: { id }, select: customerSelect }) : null;
  if (!row) throw new NotFound('This customer');
  return toCustomer(row);
}

function toCustomer(row: CustomerRow): Customer {
  return { id: row.id, name: row.name, email: row.email, phone: row.phone, locale: row.locale, createdAt: row.createdAt, portalStatus: row.portalAccount?.status ?? null, portalEmail: row.portalAccount?.email ?? null };
}
