import { formatNumber, interpolate, type Locale } from '@tensorscope/common';
import { useEffect, useMemo, useState } from 'react';
import { messages } from '../messages.js';
import { useMarkReady } from '../shell.js';
import { EXAMPLES, characterCount, loadTokenizer, tokenize, type Tokenizer } from '../tokenizer.js';

const hex = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

/** Section 2: a sentence split into real o200k_base tokens, and the Korean/English cost per character. */
export default function TokensSection({
  locale,
  text,
  onTextChange,
}: {
  locale: Locale;
  text: string;
  onTextChange: (text: string) => void;
}) {
  const t = messages[locale];
  const [tokenizer, setTokenizer] = useState<Tokenizer | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    loadTokenizer().then(
      (loaded) => live && setTokenizer(loaded),
      (caught: unknown) => live && setError(caught),
    );
    return () => {
      live = false;
    };
  }, []);
  useMarkReady(tokenizer !== null);
  const tokens = useMemo(() => (tokenizer ? tokenize(tokenizer, text) : []), [tokenizer, text]);
  const chars = characterCount(text);
  const format = (value: number, digits = 2) => formatNumber(value, locale, { maximumFractionDigits: digits });

  return (
    <div className="tokens">
      <label className="field">
        <span>{t.tokensInput}</span>
        <textarea
          value={text}
          rows={2}
          onChange={(event) => onTextChange(event.target.value)}
          data-testid="tokens-input"
          lang={/[\uac00-\ud7a3]/.test(text) ? 'ko' : 'en'}
        />
      </label>
      <div className="chips" role="group" aria-label={t.tokensExamples}>
        <span className="muted">{t.tokensExamples}:</span>
        {EXAMPLES.slice(0, 2).flatMap((pair) => [
          <button key={pair.en} type="button" className="button button--small" onClick={() => onTextChange(pair.en)}>
            {pair.en.slice(0, 24)}…
          </button>,
          <button
            key={pair.ko}
            type="button"
            className="button button--small"
            lang="ko"
            onClick={() => onTextChange(pair.ko)}
          >
            {pair.ko.slice(0, 14)}…
          </button>,
        ])}
      </div>
      {error ? <p role="alert">{String(error)}</p> : null}
      {!tokenizer && !error ? <p aria-busy="true">{t.tokensLoading}</p> : null}
      {tokenizer ? (
        <>
          <p className="tokens__count" role="status" data-testid="token-count">
            {interpolate(t.tokensCount, {
              tokens: formatNumber(tokens.length, locale),
              chars: formatNumber(chars, locale),
              ratio: chars > 0 ? format(tokens.length / chars) : '0',
            })}
          </p>
          <ol className="tokens__list" aria-label={t.tokensIds}>
            {tokens.map((token, i) => (
              <li
                key={i}
                className={`token token--${i % 5}${token.partial ? ' token--partial' : ''}`}
                title={token.partial ? interpolate(t.tokensPartial, { bytes: hex(token.bytes) }) : hex(token.bytes)}
              >
                <span className="token__text">{token.text || ' '}</span>
                <span className="token__id">{token.id}</span>
              </li>
            ))}
          </ol>
          <Comparison locale={locale} tokenizer={tokenizer} />
        </>
      ) : null}
    </div>
  );
}

function Comparison({ locale, tokenizer }: { locale: Locale; tokenizer: Tokenizer }) {
  const t = messages[locale];
  const rows = useMemo(
    () =>
      EXAMPLES.map((pair) => ({
        pair,
        en: { tokens: tokenizer.encode(pair.en).length, chars: characterCount(pair.en) },
        ko: { tokens: tokenizer.encode(pair.ko).length, chars: characterCount(pair.ko) },
      })),
    [tokenizer],
  );
  const sum = (lang: 'en' | 'ko', key: 'tokens' | 'chars') => rows.reduce((total, row) => total + row[lang][key], 0);
  const enRate = sum('en', 'tokens') / sum('en', 'chars');
  const koRate = sum('ko', 'tokens') / sum('ko', 'chars');
  const format = (value: number) => formatNumber(value, locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  return (
    <div className="comparison">
      <h3>{t.tokensCompareTitle}</h3>
      <p className="muted">{t.tokensCompareText}</p>
      <div className="table-scroll">
        <table data-testid="token-comparison">
          <thead>
            <tr>
              <th scope="col">{t.tokensSentence}</th>
              <th scope="col">{t.tokensTokens}</th>
              <th scope="col">{t.tokensChars}</th>
              <th scope="col">{t.tokensPerChar}</th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((row) =>
              (['en', 'ko'] as const).map((lang) => (
                <tr key={row.pair[lang]}>
                  <td lang={lang}>{row.pair[lang]}</td>
                  <td className="num">{row[lang].tokens}</td>
                  <td className="num">{row[lang].chars}</td>
                  <td className="num">{format(row[lang].tokens / row[lang].chars)}</td>
                </tr>
              )),
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">
                {t.tokensTotal} ({t.english})
              </th>
              <td className="num">{sum('en', 'tokens')}</td>
              <td className="num">{sum('en', 'chars')}</td>
              <td className="num">{format(enRate)}</td>
            </tr>
            <tr>
              <th scope="row">
                {t.tokensTotal} ({t.korean})
              </th>
              <td className="num">{sum('ko', 'tokens')}</td>
              <td className="num">{sum('ko', 'chars')}</td>
              <td className="num">{format(koRate)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p data-testid="token-summary">
        {interpolate(t.tokensSummary, {
          ko: format(koRate),
          en: format(enRate),
          ratio: formatNumber(koRate / enRate, locale, { maximumFractionDigits: 1 }),
          koTokens: sum('ko', 'tokens'),
          enTokens: sum('en', 'tokens'),
        })}
      </p>
    </div>
  );
}
