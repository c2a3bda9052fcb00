import type { CSSProperties } from 'react';

/** A wrapping row of controls (the layout between the explorer's panels; the kit draws the controls). */
export const rowStyle: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: 8,
  alignItems: 'center',
};
