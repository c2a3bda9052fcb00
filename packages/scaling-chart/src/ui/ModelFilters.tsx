'use client';
import type { Locale } from '@tensorscope/common';
import { useState } from 'react';
import { SOURCE_STATUSES, type SourceStatus } from '../core/sourced.js';
import { messages } from '../messages.js';
import { CheckGroup, SelectField } from './controls.js';
import { usePropState } from './usePropState.js';

export const ALL = '';

/** The organisation to highlight and the statuses to show, with their controls. */
export function useModelFilters(organisations: readonly string[], highlight: string | undefined, locale: Locale) {
  const t = messages[locale];
  const [organisation, setOrganisation] = usePropState(highlight, ALL);
  const [statuses, setStatuses] = useState<ReadonlySet<SourceStatus>>(() => new Set(SOURCE_STATUSES));
  const toggle = (status: SourceStatus) => {
    const next = new Set(statuses);
    if (next.has(status)) next.delete(status);
    else next.add(status);
    setStatuses(next);
  };
  const controls = (
    <>
      <SelectField
        label={t.highlight}
        value={organisations.includes(organisation) ? organisation : ALL}
        onChange={setOrganisation}
        options={[{ value: ALL, label: t.allOrganisations }, ...organisations.map((o) => ({ value: o, label: o }))]}
      />
      <CheckGroup
        label={t.show}
        selected={statuses}
        onToggle={toggle}
        options={SOURCE_STATUSES.map((s) => ({ value: s, label: t[s] }))}
      />
    </>
  );
  return { organisation, statuses, controls };
}

/** The distinct organisations, alphabetically. */
export function organisationsOf(rows: readonly { organisation: string }[]): string[] {
  return [...new Set(rows.map((r) => r.organisation))].sort((a, b) => a.localeCompare(b));
}
