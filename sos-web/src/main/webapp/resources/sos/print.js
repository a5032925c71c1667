/* 「印刷」 on the print page: bound here, as the Content-Security-Policy runs no inline onclick. */
document.getElementById('printButton').addEventListener('click', function () {
    window.print();
});
