"""Both embedder backends are real; vectors are cached by text so rebuilds embed only changes."""

import numpy as np
import pytest

from index.embed import EmbedderError, EmbeddingCache, embed_cached, make_embedder


def test_e5_small_ships_in_the_package_and_gives_normalised_vectors(embedder):
    passages = embedder.embed_passages(["地域協働体は地域づくりを担う組織です。", "明日は雨が降るでしょう。"])
    query = embedder.embed_query("地域協働体とは")
    assert passages.shape == (2, embedder.dim) == (2, 384)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1, atol=1e-3)
    assert passages[0] @ query > passages[1] @ query


def tiny_sentence_transformer(path):
    """A real (random-weight) BERT sentence-transformers model, built and saved offline."""
    from sentence_transformers import SentenceTransformer
    try:  # sentence-transformers 6 moved its modules; older releases keep them at .models
        from sentence_transformers.sentence_transformer import modules as st_models
    except ImportError:
        from sentence_transformers import models as st_models
    from tokenizers import Regex, Tokenizer, models, pre_tokenizers
    from transformers import BertConfig, BertModel, PreTrainedTokenizerFast

    vocab = {t: i for i, t in enumerate(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"])}
    for ch in "地域協働体市民センター計画目標天気":
        vocab.setdefault(ch, len(vocab))
    tokenizer = Tokenizer(models.WordLevel(vocab, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.Split(Regex("."), "isolated")
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
        sep_token="[SEP]", mask_token="[MASK]",
    )
    config = BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=64)
    BertModel(config).save_pretrained(path / "hf")
    fast.save_pretrained(path / "hf")
    word = st_models.Transformer(str(path / "hf"), max_seq_length=32)
    dimension = getattr(word, "get_embedding_dimension", None) or word.get_word_embedding_dimension
    pooling = st_models.Pooling(dimension(), "mean")
    SentenceTransformer(modules=[word, pooling], device="cpu").save(str(path / "st"))
    return path / "st"


def test_a_sentence_transformers_model_loads_from_a_local_path(tmp_path):
    pytest.importorskip("torch", reason="the production embedder backend needs torch: pip install -e .[st]")
    pytest.importorskip("sentence_transformers", reason="pip install -e '.[st]'")
    model = make_embedder(f"sentence-transformers:{tiny_sentence_transformer(tmp_path)}")
    vectors = model.embed_passages(["地域協働体", "天気"])
    assert model.name.startswith("sentence-transformers:")
    assert vectors.shape == (2, 16) and model.embed_query("計画").shape == (16,)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-4)


def test_an_unknown_embedder_is_a_clear_error():
    with pytest.raises(EmbedderError, match="e5-small"):
        make_embedder("word2vec")
    with pytest.raises(EmbedderError, match="読み込めません|入っていません"):
        make_embedder("sentence-transformers:/no/such/model")


def test_the_cache_embeds_only_new_texts(tmp_path, embedder):
    cache = EmbeddingCache(tmp_path / "cache.sqlite")
    first, new = embed_cached(embedder, ["市民センター", "地域協働体"], cache)
    assert new == 2
    again, new = embed_cached(embedder, ["市民センター", "地域協働体", "成果指標"], cache)
    assert new == 1
    assert np.array_equal(again[:2], first)
