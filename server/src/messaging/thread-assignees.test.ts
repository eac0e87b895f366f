// Who the office can give a conversation to (threadAssignees, the admin app's picker): the active
// office staff, and the technician of the job it is about; exactly those assignThread accepts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test/app.js';
import { makeCustomer, makeCustomerRecords, makeStaff, makeTenant, staffToken } from '../test/factory.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const ASSIGNEES = 'query($threadId: ID!) { threadAssignees(threadId: $threadId) { id name role status } }';
const START = 'mutation($customerId: ID!, $anchor: ThreadAnchorInput!) { startThreadWithCustomer(customerId: $customerId, anchor: $anchor, message: { body: "Hello" }) { id } }';
const THREADS = 'query($customerId: ID) { teamThreads(customerId: $customerId) { nodes { id anchor { type } } } }';
const ASSIGN = 'mutation($threadId: ID!, $staffUserId: ID) { assignThread(threadId: $threadId, staffUserId: $staffUserId) { assignee { id } } }';

async function world() {
  const tenant = await makeTenant(app.owner);
  const member = async (role: 'owner' | 'admin' | 'dispatcher' | 'technician', name: string, status: 'active' | 'deactivated' = 'active') => {
    const staff = await makeStaff(app.owner, tenant.id, role);
    await app.owner.staffUser.updateMany({ where: { id: staff.id }, data: { name, status } });
    return { id: staff.id, token: (await staffToken(app, staff)).token };
  };
  const owner = await member('owner', 'Olive Owner');
  const dispatcher = await member('dispatcher', 'Dora Dispatcher');
  const tech = await member('technician', 'Theo Tech');
  const otherTech = await member('technician', 'Tara Tech');
  await member('admin', 'Adam Gone', 'deactivated');
  const { customer } = await makeCustomer(app.owner, tenant.id);
  const { job } = await makeCustomerRecords(app.owner, tenant.id, customer.id);
  await app.owner.job.updateMany({ where: { id: job.id }, data: { technicianId: tech.id } });
  for (const anchor of [{ type: 'JOB', id: job.id }, { type: 'GENERAL' }]) {
    const started = await app.call('admin', START, { customerId: customer.id, anchor }, { token: owner.token });
    expect(started.errors).toBeUndefined();
  }
  const threads = await app.call<{ teamThreads: { nodes: { id: string; anchor: { type: string } }[] } }>('admin', THREADS, { customerId: customer.id }, { token: owner.token });
  const threadAbout = (type: string) => threads.data?.teamThreads.nodes.find((n) => n.anchor.type === type)?.id ?? '';
  return { owner, dispatcher, tech, otherTech, jobThread: threadAbout('JOB'), generalThread: threadAbout('GENERAL') };
}

type Member = { id: string; name: string; role: string; status: string };
const assignees = (token: string, threadId: string) => app.call<{ threadAssignees: Member[] }>('admin', ASSIGNEES, { threadId }, { token });

describe('threadAssignees', () => {
  it('offers the active office staff and the job’s own technician, by name, and assignThread takes each of them', async () => {
    const w = await world();
    const forJob = await assignees(w.dispatcher.token, w.jobThread);
    expect(forJob.errors).toBeUndefined();
    expect(forJob.data?.threadAssignees.map((m) => m.name)).toEqual(['Dora Dispatcher', 'Olive Owner', 'Theo Tech']);
    const forGeneral = await assignees(w.dispatcher.token, w.generalThread);
    expect(forGeneral.data?.threadAssignees.map((m) => m.name)).toEqual(['Dora Dispatcher', 'Olive Owner']);

    for (const m of forJob.data?.threadAssignees ?? []) {
      const done = await app.call<{ assignThread: { assignee: { id: string } | null } }>(
        'admin',
        ASSIGN,
        { threadId: w.jobThread, staffUserId: m.id },
        { token: w.dispatcher.token },
      );
      expect(done.data?.assignThread.assignee?.id).toBe(m.id);
    }
    // Someone left out is refused by assignThread too.
    const refused = await app.call('admin', ASSIGN, { threadId: w.generalThread, staffUserId: w.otherTech.id }, { token: w.dispatcher.token });
    expect(refused.errors?.[0]?.extensions?.reason).toBe('TECHNICIAN_NOT_ON_JOB');
  });

  it('is the office’s: a technician is refused, and another business’s thread is not found', async () => {
    const w = await world();
    const asTech = await assignees(w.tech.token, w.jobThread);
    expect(asTech.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await world();
    const foreign = await assignees(w.owner.token, other.jobThread);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
