// cloudflare:vectorize: the constants a Vectorize index is configured and
// queried with.
(function () {
  'use strict';
  const same = (...names) => Object.fromEntries(names.map((n) => [n, n]));
  return {
    DistanceMetric: { EUCLIDEAN: 'euclidean', COSINE: 'cosine', DOT_PRODUCT: 'dot-product' },
    KnownModel: same('openai/text-embedding-ada-002', 'cohere/embed-multilingual-v2.0',
      '@cf/baai/bge-small-en-v1.5', '@cf/baai/bge-base-en-v1.5', '@cf/baai/bge-large-en-v1.5'),
    MetadataRetrievalLevel: { ALL: 'all', INDEXED: 'indexed', NONE: 'none' },
  };
})
