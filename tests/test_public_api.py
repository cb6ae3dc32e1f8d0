import tactful


def test_every_public_name_is_exported_and_exists() -> None:
    public = {name for name in dir(tactful) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(tactful, name)).__name__ == "module"}
    assert set(tactful.__all__) == (public - modules) | {"__version__"}
    for name in tactful.__all__:
        assert getattr(tactful, name) is not None


def test_the_python_api_checks_a_message() -> None:
    result = tactful.check("Can you refer me for any openings at your company?")
    assert result.verdict.kind == "redirect"
    assert result.assessment.flag_names == ("premature_ask",)
