import type { Locale } from '@tensorscope/common';

const en = {
  title: 'Next-token prediction',
  loading: 'Loading the model…',
  running: 'Reading…',
  text: 'Text',
  textHint: 'The model reads it and predicts the token that comes next.',
  repeat: 'Read the text twice',
  repeatHint: 'The second copy can be predicted by copying from the first: that is what an induction head does.',
  tokensLabel: 'What the model reads ({count} tokens)',
  generatedLegend: 'generated',
  slid: 'Only the last {context} tokens are read: {dropped} earlier ones were dropped (a sliding window).',
  predictionsLabel: 'Most likely next tokens',
  predictionsAt: 'Top {k} after “{token}”, at temperature {temperature}',
  predictionsGreedy: 'Top {k} after “{token}” (probabilities at temperature 1; greedy takes the first)',
  temperature: 'Temperature',
  greedy: 'greedy',
  greedyHint: 'Greedy always takes the most likely token; a temperature above 0 samples (seeded, so reproducible).',
  step: 'Next token',
  generate: 'Generate {count}',
  stop: 'Stop',
  reset: 'Clear generated',
  controls: 'Generation controls',
  loss: 'Loss on this text: {loss} nats per token',
  repeatedLoss: '; on the {count} tokens that repeat an earlier pair: {loss}',
  unusedId: 'an id your text does not use',
  models: {
    induction:
      'The model: a {layers}-layer, attention-only transformer ({params} parameters) trained by tensorscope on repeated random tokens. It is not a language model and never saw text: each different token of your text gets an id by order of appearance, and it can only continue patterns that already occurred in this input.',
    brown:
      'The model: a small GPT trained by tensorscope on the Brown corpus (American English from 1961): {layers} layers, {heads} heads per layer, {params} parameters, a {vocab}-token byte-level BPE; it reads at most {context} tokens. It continues text; it is not a chat assistant and knows little.',
    other:
      'The model: a {layers}-layer transformer with {heads} heads per layer ({params} parameters), read from a tensorscope checkpoint; it reads at most {context} tokens.',
  },
  attentionTitle: 'Its attention on this text',
  attentionNote:
    'Trained attention weights of every layer and head on the text above (rows attend to columns; a token sees only itself and what came before).',
  attentionModel: 'tensorscope {name}: {layers} layers × {heads} heads, trained',
  ablationTitle: 'Switch heads off',
  ablationHint:
    'Each button is one head, named from its scores on this input. Press it to switch the head off (pressed = off); the loss and the predictions below change at once.',
  ablationGrid: 'Heads by layer',
  ablationMode: 'Switched-off head',
  modes: { zero: 'outputs zero', mean: 'outputs its mean' },
  clear: 'Switch all on',
  layer: 'Layer {layer}',
  head: 'Head {head}',
  headButton: 'Layer {layer}, head {head}: {role}',
  off: 'off',
  noRole: 'no clear job',
  roles: {
    'previous-token': 'previous-token head',
    induction: 'induction head',
    'first-token': 'first-token sink',
    copying: 'copying head',
  },
  scores: { previousToken: 'prev', induction: 'ind', firstToken: 'first', copying: 'copy' },
  scoresLong:
    'prev: attention to the previous token · ind: prefix matching (induction) · first: attention to the first token · copy: how much the head raises the tokens it attends to',
  intact: 'All heads on',
  ablated: 'With {count} head(s) off',
  compareLoss: 'loss {loss}',
  compareRepeated: 'repeated pairs {loss}',
  change: 'Loss on repeated pairs: {before} → {after} nats',
  noAblation: 'Press a head to see what the model loses without it.',
  input: 'Input: {text}',
};

export type NextTokenMessages = typeof en;

const ko: NextTokenMessages = {
  title: '다음 토큰 예측',
  loading: '모델을 불러오는 중…',
  running: '읽는 중…',
  text: '텍스트',
  textHint: '모델이 이 글을 읽고 다음에 올 토큰을 예측합니다.',
  repeat: '텍스트를 두 번 읽기',
  repeatHint: '두 번째 사본은 첫 번째에서 베껴 예측할 수 있습니다. 인덕션 헤드가 하는 일입니다.',
  tokensLabel: '모델이 읽는 내용 (토큰 {count}개)',
  generatedLegend: '생성됨',
  slid: '마지막 {context}토큰만 읽습니다: 앞의 {dropped}토큰은 잘렸습니다(슬라이딩 윈도).',
  predictionsLabel: '가장 가능성 높은 다음 토큰',
  predictionsAt: '“{token}” 다음 상위 {k}개, 온도 {temperature}',
  predictionsGreedy: '“{token}” 다음 상위 {k}개 (온도 1의 확률, 탐욕적 선택은 첫 번째를 고릅니다)',
  temperature: '온도',
  greedy: '탐욕적',
  greedyHint:
    '탐욕적 선택은 늘 가장 가능성 높은 토큰을 고릅니다. 온도가 0보다 크면 표본을 뽑습니다(시드 고정이라 재현됩니다).',
  step: '다음 토큰',
  generate: '{count}개 생성',
  stop: '멈춤',
  reset: '생성 지우기',
  controls: '생성 조작',
  loss: '이 텍스트의 손실: 토큰당 {loss} nat',
  repeatedLoss: ', 앞서 나온 쌍을 되풀이하는 토큰 {count}개에서는 {loss}',
  unusedId: '텍스트에 쓰이지 않은 id',
  models: {
    induction:
      '모델: tensorscope가 반복되는 무작위 토큰으로 학습시킨, 어텐션만 있는 {layers}층 트랜스포머(파라미터 {params}개). 언어 모델이 아니며 글을 본 적이 없습니다: 텍스트의 서로 다른 토큰마다 처음 나온 순서대로 id를 주며, 이 입력 안에서 이미 나온 패턴만 이어 갈 수 있습니다.',
    brown:
      '모델: tensorscope가 Brown 말뭉치(1961년 미국 영어)로 학습시킨 작은 GPT: {layers}층, 층마다 헤드 {heads}개, 파라미터 {params}개, 토큰 {vocab}개짜리 바이트 단위 BPE. 최대 {context}토큰을 읽습니다. 글을 이어 쓸 뿐 대화형 비서가 아니며 아는 것이 적습니다. 한국어는 배우지 않았습니다.',
    other:
      '모델: tensorscope 체크포인트에서 읽은 {layers}층 트랜스포머(층마다 헤드 {heads}개, 파라미터 {params}개). 최대 {context}토큰을 읽습니다.',
  },
  attentionTitle: '이 텍스트에 대한 어텐션',
  attentionNote:
    '위 텍스트에 대한 모든 층·헤드의 학습된 어텐션 가중치입니다(행이 열을 봅니다. 각 토큰은 자신과 그 앞만 봅니다).',
  attentionModel: 'tensorscope {name}: {layers}층 × 헤드 {heads}개, 학습됨',
  ablationTitle: '헤드 끄기',
  ablationHint:
    '버튼 하나가 헤드 하나이며, 이 입력에서 잰 점수로 이름을 붙였습니다. 누르면 그 헤드가 꺼지고(눌림 = 꺼짐) 아래의 손실과 예측이 바로 바뀝니다.',
  ablationGrid: '층별 헤드',
  ablationMode: '끈 헤드의 출력',
  modes: { zero: '0으로', mean: '평균으로' },
  clear: '모두 켜기',
  layer: '{layer}층',
  head: '헤드 {head}',
  headButton: '{layer}층 헤드 {head}: {role}',
  off: '꺼짐',
  noRole: '뚜렷한 역할 없음',
  roles: {
    'previous-token': '이전 토큰 헤드',
    induction: '인덕션 헤드',
    'first-token': '첫 토큰 싱크',
    copying: '복사 헤드',
  },
  scores: { previousToken: '이전', induction: '인덕션', firstToken: '첫', copying: '복사' },
  scoresLong:
    '이전: 바로 앞 토큰에 주는 어텐션 · 인덕션: 접두 일치(인덕션) · 첫: 첫 토큰에 주는 어텐션 · 복사: 본 토큰의 점수를 올리는 정도',
  intact: '모든 헤드 켬',
  ablated: '헤드 {count}개 끔',
  compareLoss: '손실 {loss}',
  compareRepeated: '반복 쌍 {loss}',
  change: '반복 쌍의 손실: {before} → {after} nat',
  noAblation: '헤드를 누르면 그 헤드 없이 모델이 무엇을 잃는지 보입니다.',
  input: '입력: {text}',
};

/** Every string of the next-token, ablation and attention views, in English and Korean. `{name}` marks a value. */
export const nextTokenMessages: Record<Locale, NextTokenMessages> = { en, ko };
