import assert from 'node:assert/strict';
import { headerValues, resolveValues } from '../../../src/core/placeholders/values';
import { formatDate, timeGreeting, timeOfDay } from '../../../src/core/placeholders/timeGreetings';

const at = (hour: number) => new Date(2026, 10, 23, hour, 30);

describe('resolveValues', () => {
  it('maps header keys to fields and derives first names', () => {
    const v = resolveValues({ header: { customer: 'Priya Sharma', ticket: '4312', order: 'A-1001', agent: 'Rahul Verma', company: 'Acme', channel: 'email' }, now: at(10) });
    assert.equal(v['customer.name'], 'Priya Sharma');
    assert.equal(v['customer.firstName'], 'Priya');
    assert.equal(v['ticket.id'], '4312');
    assert.equal(v['order.id'], 'A-1001');
    assert.equal(v['agent.firstName'], 'Rahul');
    assert.equal(v['company.name'], 'Acme');
    assert.equal(v.channel, undefined);
  });

  it('passes header keys written as field names through (team pack fields)', () => {
    assert.deepEqual(headerValues({ 'order.carrier': 'DHL', note: 'x', customer: '  ' }), { 'order.carrier': 'DHL' });
  });

  it('takes the header over remembered values over settings over pack defaults', () => {
    const sources = {
      header: { company: 'Header Co' },
      remembered: { 'company.name': 'Typed Co', 'agent.name': 'Typed Agent', 'ticket.id': '77' },
      settings: { agentName: 'Setting Agent', companyName: 'Setting Co' },
      packDefaults: { companyName: 'Pack Co' },
    };
    const v = resolveValues(sources);
    assert.equal(v['company.name'], 'Header Co');
    assert.equal(v['agent.name'], 'Typed Agent');
    assert.equal(v['ticket.id'], '77');
    assert.equal(resolveValues({ settings: { companyName: 'Setting Co' }, packDefaults: { companyName: 'Pack Co' } })['company.name'], 'Setting Co');
    assert.equal(resolveValues({ settings: { companyName: ' ' }, packDefaults: { companyName: 'Pack Co' } })['company.name'], 'Pack Co');
  });

  it('derives the first name from the highest source that knows the person', () => {
    // A header name for a new customer wins over a first name remembered for the previous one.
    assert.equal(resolveValues({ header: { customer: 'Rahul Verma' }, remembered: { 'customer.firstName': 'Priya' } })['customer.firstName'], 'Rahul');
    // When the header's name gives no first name, a first name the agent typed is used.
    assert.equal(resolveValues({ header: { customer: 'Mr Sharma' }, remembered: { 'customer.firstName': 'Amit' } })['customer.firstName'], 'Amit');
    assert.equal(resolveValues({ header: { customer: 'Mr Sharma' } })['customer.firstName'], undefined);
    assert.equal(resolveValues({ settings: { agentName: 'সৌরভ গাঙ্গুলী' } })['agent.firstName'], 'সৌরভ');
  });

  it('formats date and time greeting in the language from the header, or the one given', () => {
    const hi = resolveValues({ header: { lang: 'hi' }, now: at(9) });
    assert.equal(hi.date, '23 नवंबर 2026');
    assert.equal(hi['time.greeting'], 'सुप्रभात');
    const bn = resolveValues({ lang: 'bn', now: at(19) });
    assert.equal(bn.date, '২৩ নভেম্বর, ২০২৬');
    assert.equal(bn['time.greeting'], 'শুভ সন্ধ্যা');
    assert.equal(resolveValues({ now: at(14) })['time.greeting'], 'Good afternoon');
    assert.equal(resolveValues({ now: at(14) }).date, '23 November 2026');
  });
});

describe('time of day and dates', () => {
  it('splits the day at 04:00, 12:00 and 17:00', () => {
    assert.deepEqual([0, 3, 4, 11, 12, 16, 17, 23].map((h) => timeOfDay(at(h))),
      ['evening', 'evening', 'morning', 'morning', 'afternoon', 'afternoon', 'evening', 'evening']);
  });

  it('greets per language, falling back to English for others', () => {
    assert.equal(timeGreeting(at(9), 'en-IN'), 'Good morning');
    assert.equal(timeGreeting(at(13), 'hi'), 'नमस्ते');
    assert.equal(timeGreeting(at(13), 'bn'), 'শুভ অপরাহ্ন');
    assert.equal(timeGreeting(at(20), 'fr'), 'Good evening');
  });

  it('formats dates for other and invalid language tags without throwing', () => {
    assert.match(formatDate(at(9), 'fr'), /23 novembre 2026/);
    assert.equal(formatDate(at(9), 'not a tag!'), '23 November 2026');
  });
});
