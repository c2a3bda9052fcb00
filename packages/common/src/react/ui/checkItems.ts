import { checkArray, checkObject, checkString } from '../../validate.js';

/** A list of `{ value: string, … }` choices (toggle items, select options, menu items): checked, not trusted. */
export function checkItems(value: unknown, argument: string, key: 'value' | 'id' = 'value'): void {
  checkArray(value, argument, { maxLength: 10_000 }).forEach((item, i) => {
    const record = checkObject(item, `${argument}[${i}]`);
    checkString(record[key], `${argument}[${i}].${key}`);
  });
}
